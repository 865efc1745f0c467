import type { InvitationPreference } from '../domain/invitations.js'
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'

/** A `date` column: read as 'YYYY-MM-DD' (see the type parsers in database.ts), written as that string. */
export type DateColumn = string
/** A `time` column: read as 'HH:mm:ss', written as 'HH:mm' or 'HH:mm:ss'. */
export type TimeColumn = string
export type Timestamp = ColumnType<Date, Date | string, Date | string>
/** A timestamp the database fills in when the insert leaves it out. */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>

export type Role = 'admin' | 'coordinator' | 'counselor' | 'volunteer'
export type BookingStatus = 'active' | 'cancelled'
export type BookingSource = 'online' | 'api' | 'volunteer' | 'staff'

export interface StaffTable {
  id: Generated<string>
  name: string
  email: string
  phone: string | null
  role: Role
  password_hash: string | null
  calendar_token_hash: Generated<string | null>
  /** The language of their pages and emails: 'nl' or 'en'. */
  locale: Generated<string>
  active: Generated<boolean>
  created_at: GeneratedTimestamp
  /** Base32 TOTP secret, set once the first code was checked; null: no second factor. */
  totp_secret: Generated<string | null>
  /** The secret shown on the setup page until its first code is checked. */
  totp_pending_secret: Generated<string | null>
  /** The last TOTP time step accepted: a code works once. */
  totp_last_step: Generated<number | null>
  /** Who deactivated the account (null: active, or deactivated before this was kept). */
  deactivated_by: Generated<string | null>
  /** Which booking invitations a counselor receives by email (issue 19). */
  invitations: Generated<InvitationPreference>
}

export type { InvitationPreference }

/** Who is on duty for a weekly session row (all its weeks). */
export interface HoursDutyTable {
  walk_in_hours_id: string
  staff_id: string
}

/** Who is on duty for an extra session. */
export interface SessionDutyTable {
  extra_session_id: string
  staff_id: string
}

export interface LoginChallengesTable {
  token_hash: string
  staff_id: string
  expires_at: Timestamp
  attempts: Generated<number>
  /** The WebAuthn challenge a passkey must sign for this sign-in (base64url). */
  passkey_challenge: Generated<string | null>
}

/** A registered passkey (WebAuthn credential), a second factor like the app. */
export interface PasskeysTable {
  id: Generated<string>
  staff_id: string
  /** base64url, as the browser names it. */
  credential_id: string
  /** The COSE public key, base64url. */
  public_key: string
  /** The authenticator's signature counter; it must rise at every use unless it stays 0. */
  sign_count: Generated<number>
  /** Comma-separated transports the browser reported ('internal,hybrid'), for its hints. */
  transports: Generated<string>
  name: string
  created_at: Timestamp
  last_used_at: Timestamp | null
}

/** The open registration of a passkey: one per account, until it expires or is used. */
export interface PasskeyRegistrationsTable {
  staff_id: string
  challenge: string
  expires_at: Timestamp
}

export interface RecoveryCodesTable {
  code_hash: string
  staff_id: string
  used_at: Timestamp | null
}

export interface RegionsTable {
  id: Generated<string>
  slug: string
  name: string
  project_leader_id: string | null
}

export interface LocationsTable {
  id: Generated<string>
  region_id: string
  slug: string
  name: string
  municipality: string
  address: string
  postal_code: string
  directions: string | null
  /** directions in other languages, by language code (JSON); `{}` for none */
  directions_translated: ColumnType<Record<string, string>, string | undefined, string>
  phone: string | null
  timezone: Generated<string>
  slot_minutes: Generated<number>
  min_notice_minutes: Generated<number>
  horizon_days: Generated<number>
  walk_in_seats: Generated<number>
  active: Generated<boolean>
}

/** One closing of a support point by the admin; `reopened_at` null while it lasts. */
export interface LocationClosedPeriodsTable {
  id: Generated<number>
  location_id: string
  closed_at: Timestamp
  reopened_at: Timestamp | null
}

export interface StaffRegionsTable {
  staff_id: string
  region_id: string
}

export interface StaffLocationsTable {
  staff_id: string
  location_id: string
}

export interface WalkInHoursTable {
  id: Generated<string>
  location_id: string
  weekday: number
  start_time: TimeColumn
  end_time: TimeColumn
  counselors: number
  valid_from: DateColumn | null
  valid_until: DateColumn | null
}

export interface ExtraSessionsTable {
  id: Generated<string>
  location_id: string
  date: DateColumn
  start_time: TimeColumn
  end_time: TimeColumn
  counselors: number
  note: string | null
}

export interface ClosuresTable {
  id: Generated<string>
  location_id: string
  start_date: DateColumn
  end_date: DateColumn
  /** The coordinator's own words, Dutch; '' when the chosen reason says it all. */
  reason: string
  /** One of CLOSURE_REASONS (src/domain/closure-reasons.ts), or null: the reason as typed. */
  reason_code: string | null
}

export interface SlotCountersTable {
  location_id: string
  starts_at: Timestamp
  booked: Generated<number>
  /** how many of `booked` are walk-ins (they use the seats kept free first) */
  walk_ins: Generated<number>
}

export interface BookingsTable {
  id: Generated<string>
  reference: string
  location_id: string
  starts_at: Timestamp
  ends_at: Timestamp
  status: Generated<BookingStatus>
  cancelled_by: 'client' | 'staff' | null
  cancelled_at: Timestamp | null
  source: BookingSource
  booked_by: string | null
  language: string
  /** The interface language the client booked in; their emails use it. */
  locale: Generated<string>
  interpreter: Generated<boolean>
  topic: Generated<string>
  name: string | null
  email: string | null
  phone: string | null
  note: string | null
  manage_token_hash: string | null
  sequence: Generated<number>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  erased_at: Timestamp | null
  attendance: Generated<'attended' | 'no_show' | null>
  outcome: Generated<'orienting' | 'return' | 'referred' | 'other' | null>
  cancel_reason: Generated<string | null>
  /** the reason staff picked (src/domain/cancel-reasons.ts), read by clients in their language */
  cancel_reason_code: Generated<string | null>
  /** the client asked for text messages about this appointment, to `phone` (E.164) */
  sms: Generated<boolean>
  /** registered at the walk-in desk, without an appointment */
  walk_in: Generated<boolean>
  /** checked in at the desk */
  arrived_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  /** a counselor took them in */
  called_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  /** the conversation was done */
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
}

export interface RateLimitsTable {
  key: string
  window_start: Timestamp
  hits: number
}

/**
 * A composed message, stored as sent: an email the worker hands to nodemailer, or (with
 * `channel: 'sms'`) a text to `to` in E.164 whose body is `text`.
 */
export interface OutboxMessage {
  /** Absent for email. */
  channel?: 'sms'
  /** A reminder is not sent from this instant on (ISO 8601): the appointment has begun. */
  expiresAt?: string
  to: string
  subject: string
  text: string
  html: string | null
  /** iCalendar for a `text/calendar; method=…` part (counselor invitations). */
  icalEvent: { method: string; content: string } | null
  /** Files attached (the client's .ics copy). */
  attachments: Array<{ filename: string; content: string; contentType: string }>
  headers: Record<string, string>
}

/**
 * A booking message not composed yet: what it is composed from, written with the change
 * and composed by the worker when it sends it (src/notifications/recipes.ts, ADR 56).
 */
export interface StoredRecipe {
  recipe: { of: string } & Record<string, unknown>
}

/** An outbox row's message as it is stored: composed, or its recipe. */
export type StoredMessage = OutboxMessage | StoredRecipe

export type OutboxStatus = 'pending' | 'sent' | 'failed'

export interface OutboxTable {
  id: Generated<string>
  kind: string
  booking_id: string | null
  location_id: string | null
  recipient: string
  message_id: string
  message: ColumnType<StoredMessage, string, string>
  status: Generated<OutboxStatus>
  attempts: Generated<number>
  next_attempt_at: GeneratedTimestamp
  locked_until: Timestamp | null
  last_error: string | null
  created_at: GeneratedTimestamp
  sent_at: Timestamp | null
}

/** One part of a sent text as the SMSC numbered it, and what its receipt said. */
export interface TextPartsTable {
  smsc_id: string
  outbox_id: string | null
  /** DELIVRD, UNDELIV, EXPIRED, REJECTD… as the SMSC wrote it; null until a receipt. */
  state: string | null
  reported_at: Timestamp | null
  created_at: GeneratedTimestamp
}

export interface DevMailTable {
  id: Generated<string>
  message_id: string
  recipient: string
  subject: string
  raw: string
  created_at: GeneratedTimestamp
}

export interface SessionsTable {
  id_hash: string
  staff_id: string
  created_at: Timestamp
  last_seen_at: Timestamp
  expires_at: Timestamp
  /** Opened with the second factor (or while setting it up). */
  second_factor: Generated<boolean>
}

export interface StaffTokensTable {
  token_hash: string
  staff_id: string
  purpose: 'invite' | 'reset'
  created_at: Timestamp
  expires_at: Timestamp
  used_at: Timestamp | null
}

export interface AuditLogTable {
  id: Generated<number>
  at: Timestamp
  staff_id: string | null
  action: string
  booking_id: string | null
  location_id: string | null
  detail: string | null
}

/** One row; triggers raise `version` whenever public schedule data changes. */
export interface ScheduleVersionTable {
  id: Generated<boolean>
  version: ColumnType<number, never, number>
}

export interface Database {
  schedule_version: ScheduleVersionTable
  sessions: SessionsTable
  login_challenges: LoginChallengesTable
  recovery_codes: RecoveryCodesTable
  passkeys: PasskeysTable
  passkey_registrations: PasskeyRegistrationsTable
  staff_tokens: StaffTokensTable
  audit_log: AuditLogTable
  outbox: OutboxTable
  dev_mail: DevMailTable
  text_parts: TextPartsTable
  staff: StaffTable
  regions: RegionsTable
  locations: LocationsTable
  location_closed_periods: LocationClosedPeriodsTable
  staff_regions: StaffRegionsTable
  staff_locations: StaffLocationsTable
  walk_in_hours: WalkInHoursTable
  extra_sessions: ExtraSessionsTable
  hours_duty: HoursDutyTable
  session_duty: SessionDutyTable
  closures: ClosuresTable
  slot_counters: SlotCountersTable
  bookings: BookingsTable
  rate_limits: RateLimitsTable
}

export type LocationRow = Selectable<LocationsTable>
export type RegionRow = Selectable<RegionsTable>
export type StaffRow = Selectable<StaffTable>
export type WalkInHoursRow = Selectable<WalkInHoursTable>
export type ClosureRow = Selectable<ClosuresTable>
export type ExtraSessionRow = Selectable<ExtraSessionsTable>
export type BookingRow = Selectable<BookingsTable>
export type NewBooking = Insertable<BookingsTable>
export type OutboxRow = Selectable<OutboxTable>
