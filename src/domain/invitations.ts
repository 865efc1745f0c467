/**
 * Which booking invitations a counselor receives by email (issue 19): every booking of
 * their points, only bookings in sessions they are on duty for, or none (their calendar
 * feed only).
 */
export type InvitationPreference = 'all' | 'on-duty' | 'none'

export const INVITATION_PREFERENCES: readonly InvitationPreference[] = ['all', 'on-duty', 'none']

export function isInvitationPreference(value: unknown): value is InvitationPreference {
  return (INVITATION_PREFERENCES as readonly unknown[]).includes(value)
}

/**
 * Whether a counselor is sent the invitation (or its update) for one booking. Who already
 * holds the booking in their calendar always hears of its move or cancellation, whatever
 * they chose since: an event nobody withdraws stays in the calendar. A session nobody is
 * marked on duty for invites every 'on-duty' counselor, so an unfilled duty list never
 * leaves a booking unannounced.
 *
 * @example receivesInvitation({ invitations: 'on-duty', onDuty: false, invitedBefore: false }, true) // false
 */
export function receivesInvitation(
  counselor: { invitations: InvitationPreference; onDuty: boolean; invitedBefore: boolean },
  dutySet: boolean,
): boolean {
  if (counselor.invitedBefore) return true
  switch (counselor.invitations) {
    case 'all':
      return true
    case 'none':
      return false
    case 'on-duty':
      return !dutySet || counselor.onDuty
  }
}
