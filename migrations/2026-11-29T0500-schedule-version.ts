import { sql, type Kysely } from 'kysely'

/**
 * One number that changes, in the same transaction, whenever anything the public pages
 * show about the support points changes: the points, their regions, hours, closures and
 * extra sessions, and the contact details of a project leader. Each server process keeps
 * what it read from those tables for as long as the number stays the same
 * (docs/decisions/0011-caching-and-compression.md). Triggers, not application code, keep it
 * true: a write from any process, a script or psql moves it too.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of schema.split(/;\s*\n(?=\S)/).filter((s) => s.trim())) {
    await sql.raw(statement).execute(db)
  }
}

const schema = `
create table schedule_version (
  id boolean primary key default true check (id),
  version bigint not null default 1
);
insert into schedule_version default values;
create function bump_schedule_version() returns trigger language plpgsql as $$
begin
  update schedule_version set version = version + 1;
  return null;
  end
$$;
create trigger schedule_version_locations after insert or update or delete or truncate on locations
  for each statement execute function bump_schedule_version();
create trigger schedule_version_regions after insert or update or delete or truncate on regions
  for each statement execute function bump_schedule_version();
create trigger schedule_version_walk_in_hours after insert or update or delete or truncate on walk_in_hours
  for each statement execute function bump_schedule_version();
create trigger schedule_version_closures after insert or update or delete or truncate on closures
  for each statement execute function bump_schedule_version();
create trigger schedule_version_extra_sessions after insert or update or delete or truncate on extra_sessions
  for each statement execute function bump_schedule_version();
create trigger schedule_version_staff after insert or delete or update of name, email, phone on staff
  for each statement execute function bump_schedule_version();
`
