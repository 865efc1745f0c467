import { sql, type Kysely } from 'kysely'

/**
 * The walk-in desk (docs/decisions/0023-walk-in-desk.md).
 *
 * - `bookings.walk_in`: registered at the desk for someone who walked in, without an
 *   appointment. Recorded as a booking (source `staff`) in the slot that was running.
 * - `bookings.arrived_at`: when the client was checked in at the desk (walk-ins: when they
 *   were registered). `called_at`: when a counselor took them in. `finished_at`: when the
 *   conversation was done. Times only, never client data; erased with the booking's row.
 * - `slot_counters.walk_ins`: how many of a slot's places walk-ins hold. They take the
 *   seats kept free for walk-ins first, so an online booking may take a place while
 *   `booked - least(walk_ins, walk_in_seats) < counselors - walk_in_seats`.
 *
 * Frozen once landed: change the schema with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of schema.split(/;\s*\n(?=\S)/).filter((s) => s.trim())) {
    await sql.raw(statement).execute(db)
  }
}

const schema = `
alter table bookings add column walk_in boolean not null default false;
alter table bookings add column arrived_at timestamptz;
alter table bookings add column called_at timestamptz;
alter table bookings add column finished_at timestamptz;
alter table slot_counters add column walk_ins integer not null default 0;
alter table slot_counters add constraint slot_counters_walk_ins_check check (walk_ins >= 0 and walk_ins <= booked);
`
