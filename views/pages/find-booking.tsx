import type { ViewContext } from '../context.js'

/**
 * "Find my appointment": the code and the phone number or email the client gave. The
 * answer after sending is the same whether or not they matched (issue 16).
 */
export function FindBookingPage(props: {
  ctx: ViewContext
  values: { code: string; contact: string }
  sent: boolean
  invalid: boolean
}) {
  const { t } = props.ctx
  return (
    <>
      <h1>{t.findTitle}</h1>
      {props.sent ? (
        <p class="notice" role="status" tabindex={-1} data-focus-after-swap>
          {t.findSent}
        </p>
      ) : (
        <p>{t.findIntro}</p>
      )}
      {props.invalid ? (
        <p class="error-summary" role="alert" tabindex={-1} data-focus-after-swap>
          {t.findInvalid}
        </p>
      ) : null}
      <form method="post" action="/afspraak-terugvinden" class="booking-form" novalidate>
        <div class={`field${props.invalid ? ' has-error' : ''}`}>
          <label for="code">{t.findCode}</label>
          <p class="hint" id="code-hint">
            {t.findCodeHint}
          </p>
          <input
            id="code"
            name="code"
            value={props.values.code}
            maxlength={20}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            dir="ltr"
            aria-describedby="code-hint"
            aria-invalid={props.invalid ? 'true' : undefined}
          />
        </div>
        <div class={`field${props.invalid ? ' has-error' : ''}`}>
          <label for="contact">{t.findContact}</label>
          <input
            id="contact"
            name="contact"
            value={props.values.contact}
            maxlength={254}
            autocomplete="tel"
            dir="ltr"
            aria-invalid={props.invalid ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="primary">
          {t.findButton}
        </button>
      </form>
    </>
  )
}
