import type { Transaction } from 'kysely'
import type { Config } from '../config.js'
import type { BookingRow, Database } from '../db/schema.js'
import { activeStaffEmail, counselorsForBooking, type Counselor } from '../db/staff.js'
import { receivesInvitation } from '../domain/invitations.js'
import { noticeChannels } from '../domain/notice-channels.js'
import { epochMillis, isoInZone, isoWeekday } from '../domain/time.js'
import {
  clientMessages,
  clientTexts,
  counselorInvitations,
  type BookingChange,
  type ComposeContext,
  type OutboxEntry,
} from '../notifications/compose.js'
import { enqueue, withdrawReminders } from '../notifications/outbox.js'

/*
 * Who is told what about a booking change, and the outbox rows that say it: the booking
 * service calls these inside the change's own transaction (invariant 2).
 */

/** What the messages about a change need to know of the deployment. */
export interface NotifySettings {
  baseUrl: string
  mailFrom: string
  reminderHours: number
}

export function notifySettings(config: Config): NotifySettings {
  return { baseUrl: config.baseUrl, mailFrom: config.mailFrom, reminderHours: config.reminderHours }
}

/** A change's context: the whole booking row, since who is told depends on who booked. */
export type ChangeContext = ComposeContext & { booking: BookingRow }

/**
 * Writes what must be said about a change into the outbox, inside the change's own
 * transaction: counselors' calendar invitations, and the client's messages when they
 * gave an email (invariant 2: nothing said is lost).
 */
export async function notifyChange(
  trx: Transaction<Database>,
  ctx: ChangeContext,
  change: BookingChange,
  options: { token: string | null; reminderHours: number; now: Date; counselors?: Counselor[] },
): Promise<void> {
  await withdrawReminders(trx, ctx.booking.id)
  await enqueue(trx, await changeMessages(trx, ctx, change, options), options.now)
}

/**
 * What must be said about a change, composed for the outbox: read through the change's
 * own transaction, written by the caller in that same transaction.
 */
export async function changeMessages(
  trx: Transaction<Database>,
  ctx: ChangeContext,
  change: BookingChange,
  options: { token: string | null; reminderHours: number; counselors?: Counselor[] },
): Promise<OutboxEntry[]> {
  const { booking } = ctx
  const counselors = await invitedCounselors(trx, ctx, options.counselors)
  // Only a client without email can be told through the volunteer who booked for them.
  const volunteerEmail =
    !booking.email && booking.booked_by ? await activeStaffEmail(trx, booking.booked_by) : null
  // Who is told is the rule the conflict pages show staff (domain/notice-channels.ts).
  const channels = noticeChannels({
    email: booking.email,
    sms: booking.sms,
    phone: booking.phone,
    volunteerEmail,
  })
  const byEmail = channels.includes('email') || channels.includes('volunteer')
  return [
    ...counselorInvitations(ctx, change, counselors),
    ...(byEmail
      ? clientMessages(ctx, change, {
          token: options.token,
          reminderHours: options.reminderHours,
          fallbackRecipient: channels.includes('volunteer') ? volunteerEmail : null,
        })
      : []),
    ...(channels.includes('sms') ? clientTexts(ctx, change, options) : []),
  ]
}

/**
 * The counselors who are sent this booking's invitation: each as they chose (every booking,
 * their duty sessions, or none), judged on the session of the booking's (new) start.
 */
async function invitedCounselors(
  trx: Transaction<Database>,
  ctx: ComposeContext,
  /** The point's counselors when the schedule lock read them already (ADR 28). */
  known?: Counselor[],
) {
  // The local wall clock as text, without a Luxon object per booking (ADR 54).
  const local = isoInZone(epochMillis(ctx.booking.starts_at), ctx.point.zone)
  const date = local.slice(0, 10)
  const at = {
    locationId: ctx.point.id,
    bookingId: ctx.booking.id,
    date,
    time: local.slice(11, 16),
    weekday: isoWeekday(date),
  }
  const { counselors, dutySet } = await counselorsForBooking(trx, at, known)
  return counselors.filter((c) => receivesInvitation(c, dutySet))
}
