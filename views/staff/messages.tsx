import { displayPhone } from '../../src/domain/phone.js'
import type { FailedMessageRow, UndeliveredTextRow } from '../../src/db/messages.js'
import type { FailedMessages } from '../../src/i18n/staff/messages.js'
import { ScrollingTable } from '../partials/data-table.js'
import { Notice } from '../partials/notice.js'

function shown(channel: 'email' | 'sms', recipient: string): string {
  return channel === 'sms' ? displayPhone(recipient) : recipient
}

function minute(at: Date): string {
  return at.toISOString().slice(0, 16).replace('T', ' ')
}

/**
 * Messages that did not arrive: what the worker gave up on, with "send again", and texts
 * the operator reports undelivered. Recipient and subject only: a body may hold a link.
 */
export function MessagesPage(props: {
  t: FailedMessages
  failed: FailedMessageRow[]
  undelivered: UndeliveredTextRow[]
  queued: boolean
}) {
  const { t, failed, undelivered } = props
  const kind = (value: string) => t.kinds[value as keyof typeof t.kinds] ?? value
  return (
    <>
      <h1>{t.title}</h1>
      <Notice text={props.queued ? t.queued : null} />
      <p>{t.intro}</p>
      {failed.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollingTable
          columns={[
            t.when,
            t.channel,
            t.kind,
            t.to,
            t.subject,
            t.error,
            t.attempts,
            { hidden: t.sendAgain },
          ]}
        >
          {failed.map((row) => (
            <tr>
              <td dir="ltr">{minute(row.created_at)}</td>
              <td>{t.channels[row.channel]}</td>
              <td>{kind(row.kind)}</td>
              <td dir="ltr">{shown(row.channel, row.recipient)}</td>
              <td>{row.channel === 'sms' ? '' : row.subject}</td>
              <td>{row.last_error ?? ''}</td>
              <td>{row.attempts}</td>
              <td>
                <form method="post" action={`/staff/berichten/${row.id}/opnieuw`}>
                  <button type="submit">{t.sendAgain}</button>
                </form>
              </td>
            </tr>
          ))}
        </ScrollingTable>
      )}
      {undelivered.length > 0 ? (
        <>
          <h2>{t.undeliveredTitle}</h2>
          <p>{t.undeliveredIntro}</p>
          <ScrollingTable columns={[t.reported, t.booking, t.kind, t.to, t.state]}>
            {undelivered.map((row) => (
              <tr>
                <td dir="ltr">{minute(row.reported_at)}</td>
                <td dir="ltr">{row.reference ?? ''}</td>
                <td>{kind(row.kind)}</td>
                <td dir="ltr">{shown('sms', row.recipient)}</td>
                <td dir="ltr">{row.state}</td>
              </tr>
            ))}
          </ScrollingTable>
        </>
      ) : null}
    </>
  )
}
