import { sql, type Kysely } from 'kysely'

/**
 * Regions, support points, staff, walk-in hours, closures, bookings and the
 * per-slot counters that make overbooking impossible.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: PGlite runs parameterless queries through the
  // extended protocol, which refuses several statements at once.
  for (const statement of schema.split(/;\s*\n/).filter((s) => s.trim())) {
    await sql.raw(statement).execute(db)
  }
}

const schema = `
    create table staff (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      email text not null,
      phone text,
      role text not null check (role in ('admin', 'coordinator', 'counselor', 'volunteer')),
      password_hash text,
      active boolean not null default true,
      created_at timestamptz not null default now()
    );
    create unique index staff_email_key on staff (lower(email));

    create table regions (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name text not null,
      project_leader_id uuid references staff (id) on delete set null
    );

    create table locations (
      id uuid primary key default gen_random_uuid(),
      region_id uuid not null references regions (id),
      slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name text not null,
      municipality text not null,
      address text not null,
      postal_code text not null,
      directions text,
      phone text,
      timezone text not null default 'Europe/Amsterdam',
      slot_minutes smallint not null default 30 check (slot_minutes between 5 and 240),
      min_notice_minutes integer not null default 120 check (min_notice_minutes >= 0),
      horizon_days smallint not null default 42 check (horizon_days between 1 and 366),
      walk_in_seats smallint not null default 0 check (walk_in_seats >= 0),
      active boolean not null default true
    );
    create index locations_region_idx on locations (region_id);

    create table staff_regions (
      staff_id uuid not null references staff (id) on delete cascade,
      region_id uuid not null references regions (id) on delete cascade,
      primary key (staff_id, region_id)
    );

    create table staff_locations (
      staff_id uuid not null references staff (id) on delete cascade,
      location_id uuid not null references locations (id) on delete cascade,
      primary key (staff_id, location_id)
    );

    create table walk_in_hours (
      id uuid primary key default gen_random_uuid(),
      location_id uuid not null references locations (id) on delete cascade,
      weekday smallint not null check (weekday between 1 and 7),
      start_time time not null,
      end_time time not null,
      counselors smallint not null check (counselors >= 0),
      valid_from date,
      valid_until date,
      check (end_time > start_time),
      check (valid_until is null or valid_from is null or valid_until >= valid_from)
    );
    create index walk_in_hours_location_idx on walk_in_hours (location_id);

    create table extra_sessions (
      id uuid primary key default gen_random_uuid(),
      location_id uuid not null references locations (id) on delete cascade,
      date date not null,
      start_time time not null,
      end_time time not null,
      counselors smallint not null check (counselors >= 0),
      note text,
      check (end_time > start_time)
    );
    create index extra_sessions_location_idx on extra_sessions (location_id, date);

    create table closures (
      id uuid primary key default gen_random_uuid(),
      location_id uuid not null references locations (id) on delete cascade,
      start_date date not null,
      end_date date not null,
      reason text not null,
      check (end_date >= start_date)
    );
    create index closures_location_idx on closures (location_id, end_date);
    create unique index closures_natural_key on closures (location_id, start_date, end_date, reason);

    -- One row per slot that has ever been booked. "booked" is the number of active
    -- bookings in the slot; it only changes through a conditional upsert inside the
    -- booking transaction (see docs/decisions/0002-capacity-in-the-database.md).
    create table slot_counters (
      location_id uuid not null references locations (id) on delete cascade,
      starts_at timestamptz not null,
      booked integer not null default 0 check (booked >= 0),
      primary key (location_id, starts_at)
    );

    create table bookings (
      id uuid primary key default gen_random_uuid(),
      reference text not null unique check (reference ~ '^[A-Z2-9]{8}$'),
      location_id uuid not null references locations (id),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      status text not null default 'active' check (status in ('active', 'cancelled')),
      cancelled_by text check (cancelled_by in ('client', 'staff')),
      cancelled_at timestamptz,
      source text not null check (source in ('online', 'api', 'volunteer', 'staff')),
      booked_by uuid references staff (id) on delete set null,
      language text not null,
      interpreter boolean not null default false,
      topic text not null default 'unspecified',
      name text,
      email text,
      phone text,
      note text,
      manage_token_hash text unique,
      sequence integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      erased_at timestamptz,
      check (ends_at > starts_at)
    );
    create index bookings_location_start_idx on bookings (location_id, starts_at) where status = 'active';
    create index bookings_starts_at_idx on bookings (starts_at);

    -- Fixed-window counters for rate limiting, shared by every server process.
    create table rate_limits (
      key text not null,
      window_start timestamptz not null,
      hits integer not null,
      primary key (key, window_start)
    );
`

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table rate_limits, bookings, slot_counters, closures, extra_sessions, walk_in_hours,
      staff_locations, staff_regions, locations, regions, staff cascade
  `.execute(db)
}
