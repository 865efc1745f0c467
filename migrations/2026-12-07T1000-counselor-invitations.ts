import { sql, type Kysely } from 'kysely'

/**
 * What a counselor receives by email (issue 19): an invitation for every booking of their
 * points ('all', as before), only for sessions they are on duty for ('on-duty'), or none
 * ('none': their calendar feed only). Who is on duty is marked per weekly session row or
 * per extra session; a session nobody is marked for invites every 'on-duty' counselor, so
 * no booking goes unannounced because the duty list was never filled in.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table staff add column invitations text not null default 'all'
      check (invitations in ('all', 'on-duty', 'none'))
  `.execute(db)
  await sql`
    create table hours_duty (
      walk_in_hours_id uuid not null references walk_in_hours (id) on delete cascade,
      staff_id uuid not null references staff (id) on delete cascade,
      primary key (walk_in_hours_id, staff_id)
    )
  `.execute(db)
  await sql`
    create table session_duty (
      extra_session_id uuid not null references extra_sessions (id) on delete cascade,
      staff_id uuid not null references staff (id) on delete cascade,
      primary key (extra_session_id, staff_id)
    )
  `.execute(db)
}
