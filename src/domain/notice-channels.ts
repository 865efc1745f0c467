/**
 * How a client hears that staff cancelled or moved their booking (issue 16): by email when
 * they gave one, else through the volunteer who booked for them (by email); by text when
 * they asked for texts. The same rule `services/booking.ts` follows when it writes the
 * messages; an empty list means nobody can tell them, and staff should call or wait for
 * them at the desk.
 */
export type NoticeChannel = 'email' | 'sms' | 'volunteer'

/** @example noticeChannels({ email: null, sms: true, phone: '+31612345678', volunteerEmail: null }) // ['sms'] */
export function noticeChannels(booking: {
  email: string | null
  sms: boolean
  phone: string | null
  /** The active volunteer who booked, if any. */
  volunteerEmail: string | null
}): NoticeChannel[] {
  const channels: NoticeChannel[] = []
  if (booking.email) channels.push('email')
  else if (booking.volunteerEmail) channels.push('volunteer')
  if (booking.sms && booking.phone) channels.push('sms')
  return channels
}
