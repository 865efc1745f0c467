import { sql, type Kysely } from 'kysely'

/**
 * When the admin closed a support point and when it was reopened, so reports count no
 * bookable places while it was closed (docs/decisions/0009-reports.md). One row per
 * closing; `reopened_at` null while it lasts, so at most one such row per point. The
 * admin's close and reopen write it in the transaction that flips `locations.active`.
 *
 * Closings before this migration: each `location.deactivate` in the audit log (the admin
 * pages log every close and reopen with its moment) lasts until the point's next
 * `location.deactivate` or `location.reactivate` there or, for a point open now (reopened
 * by SQL), until this migration. A point closed now without such an entry (closed by SQL
 * before the admin pages existed) counts as closed from this migration.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of schema.split(/;\s*\n(?=\S)/).filter((s) => s.trim())) {
    await sql.raw(statement).execute(db)
  }
}

const schema = `
create table location_closed_periods (
  id bigint generated always as identity primary key,
  location_id uuid not null references locations (id) on delete cascade,
  closed_at timestamptz not null,
  reopened_at timestamptz
);
create unique index location_closed_periods_open_idx on location_closed_periods (location_id)
  where reopened_at is null;
insert into location_closed_periods (location_id, closed_at, reopened_at)
select e.location_id, e.at, coalesce(e.next_at, case when l.active then now() end)
from (
  select location_id, action, at, lead(at) over (partition by location_id order by at, id) as next_at
  from audit_log
  where action in ('location.deactivate', 'location.reactivate') and location_id is not null
) e
join locations l on l.id = e.location_id
where e.action = 'location.deactivate';
insert into location_closed_periods (location_id, closed_at)
select l.id, now()
from locations l
where not l.active
  and not exists (
    select from location_closed_periods p where p.location_id = l.id and p.reopened_at is null
  );
`

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table location_closed_periods`.execute(db)
}
