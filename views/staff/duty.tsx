import { INVITATION_PREFERENCES, type InvitationPreference } from '../../src/domain/invitations.js'
import type { DutyMessages } from '../../src/i18n/staff/duty.js'
import { Notice } from '../partials/notice.js'

/** A counselor chooses which booking invitations reach them by email. */
export function InvitationsPage(props: {
  t: DutyMessages
  choice: InvitationPreference
  saved: boolean
  error: boolean
}) {
  const { t } = props
  return (
    <>
      <h1 tabindex={-1} data-focus-after-swap>
        {t.invitationsTitle}
      </h1>
      <Notice text={props.saved ? t.saved : null} />
      {props.error ? (
        <p class="notice warning" role="alert">
          {t.unknownChoice}
        </p>
      ) : null}
      <p>{t.invitationsIntro}</p>
      <form method="post" action="/staff/uitnodigingen" class="booking-form">
        <fieldset class="field">
          <legend>{t.invitationsTitle}</legend>
          {INVITATION_PREFERENCES.map((choice) => (
            <label class="choice">
              <input
                type="radio"
                name="invitations"
                value={choice}
                checked={props.choice === choice}
              />{' '}
              {t.choices[choice]}
            </label>
          ))}
        </fieldset>
        <p class="hint">{t.onDutyHint}</p>
        <button type="submit">{t.save}</button>
      </form>
    </>
  )
}

/** The coordinator ticks who is on duty for one weekly session or extra session. */
export function DutyPage(props: {
  t: DutyMessages
  title: string
  point: { slug: string; name: string }
  action: string
  roster: Array<{ id: string; name: string; invitations: InvitationPreference; onDuty: boolean }>
  saved: boolean
}) {
  const { t } = props
  return (
    <>
      <p class="breadcrumb">
        <a href={`/staff/steunpunten/${props.point.slug}`}>{t.backToPoint(props.point.name)}</a>
      </p>
      <h1>{props.title}</h1>
      <Notice text={props.saved ? t.dutySaved : null} />
      <p>{t.dutyIntro}</p>
      {props.roster.length === 0 ? (
        <p>{t.dutyNone}</p>
      ) : (
        <form method="post" action={props.action} class="booking-form">
          <fieldset class="field">
            <legend>{props.title}</legend>
            {props.roster.map((c) => (
              <label class="choice">
                <input type="checkbox" name="onDuty" value={c.id} checked={c.onDuty} /> {c.name}{' '}
                <span class="hint">({t.dutyChoiceOf(t.choices[c.invitations])})</span>
              </label>
            ))}
          </fieldset>
          <button type="submit">{t.dutySave}</button>
        </form>
      )}
    </>
  )
}
