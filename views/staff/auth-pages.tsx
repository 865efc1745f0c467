import type { AuthMessages } from '../../src/i18n/staff/auth.js'
import {
  EMPTY_FORM,
  FormField,
  FormFields,
  type FieldSpec,
  type InputSpec,
} from '../partials/form-fields.js'
import { Notice } from '../partials/notice.js'

/** What went well (a status) or wrong (an alert that takes focus) at the top of a page. */
function Notices(props: { notice?: string | null; problem?: string | null }) {
  return (
    <>
      <Notice text={props.notice} />
      {props.problem ? (
        <div class="problem" role="alert" tabindex={-1} data-focus-after-swap>
          <p>{props.problem}</p>
        </div>
      ) : null}
    </>
  )
}

/** A staff form page: title, intro, problems, fields, one button. */
function AuthForm(props: {
  title: string
  intro?: string
  notice?: string | null
  problem?: string | null
  action: string
  button: string
  children?: unknown
  footer?: unknown
}) {
  return (
    <div class="auth">
      <h1>{props.title}</h1>
      {props.intro ? <p>{props.intro}</p> : null}
      <Notices notice={props.notice} problem={props.problem} />
      <form method="post" action={props.action} class="booking-form">
        {props.children as never}
        <button type="submit" class="primary big">
          {props.button}
        </button>
      </form>
      {props.footer as never}
    </div>
  )
}

export function LoginPage(props: {
  t: AuthMessages
  email: string
  next: string
  problem: string | null
  notice: string | null
}) {
  const { t } = props
  return (
    <AuthForm
      title={t.loginTitle}
      intro={t.loginIntro}
      notice={props.notice}
      problem={props.problem}
      action={`/login?next=${encodeURIComponent(props.next)}`}
      button={t.loginButton}
      footer={
        <p>
          <a href="/wachtwoord-vergeten">{t.forgotLink}</a>
        </p>
      }
    >
      <FormFields
        form={{ values: { email: props.email }, errors: {} }}
        fields={[emailField(t), passwordField('password', t.password, 'current-password')]}
      />
    </AuthForm>
  )
}

export function ForgotPage(props: { t: AuthMessages; sent: boolean }) {
  const { t } = props
  return (
    <AuthForm
      title={t.forgotTitle}
      intro={t.forgotIntro}
      notice={props.sent ? t.forgotSent : null}
      action="/wachtwoord-vergeten"
      button={t.forgotButton}
    >
      <FormField form={EMPTY_FORM} field={emailField(t)} />
    </AuthForm>
  )
}

export function SetPasswordPage(props: {
  t: AuthMessages
  name: string
  action: string
  problem: string | null
}) {
  const { t } = props
  return (
    <AuthForm
      title={t.setPasswordTitle}
      intro={t.setPasswordIntro(props.name)}
      problem={props.problem}
      action={props.action}
      button={t.setPasswordButton}
    >
      <FormFields
        form={EMPTY_FORM}
        fields={[
          { ...passwordField('password', t.newPassword, 'new-password'), minlength: 12 },
          { ...passwordField('repeat', t.repeatPassword, 'new-password'), minlength: 12 },
        ]}
      />
    </AuthForm>
  )
}

/** The one field for a code from the app (digits; a recovery code has letters too). */
function CodeField(props: { label: string; maxlength: number }) {
  const code: FieldSpec = {
    name: 'code',
    label: props.label,
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: props.maxlength,
    required: true,
    dir: 'ltr',
  }
  return <FormField form={EMPTY_FORM} field={code} />
}

/** The address an account signs in with, read left to right in either language. */
function emailField(t: AuthMessages): FieldSpec {
  return {
    name: 'email',
    label: t.email,
    type: 'email',
    autocomplete: 'username',
    required: true,
    dir: 'ltr',
  }
}

function passwordField(name: string, label: string, autocomplete: string): InputSpec {
  return { name, label, type: 'password', autocomplete, required: true }
}

/**
 * After a right password: a passkey (with JavaScript), the code from the app, or a recovery
 * code. `passkey`: the WebAuthn options when the account has a passkey; `totp`: it has the app.
 */
export function CodePage(props: {
  t: AuthMessages
  challenge: string
  next: string
  problem: string | null
  totp: boolean
  passkey: unknown
}) {
  const { t } = props
  const next = encodeURIComponent(props.next)
  return (
    <div class="auth">
      <h1>{t.codeTitle}</h1>
      <Notices problem={props.problem} />
      {props.passkey ? (
        <section aria-labelledby="passkey-heading">
          <h2 id="passkey-heading">{t.passkeySignIn}</h2>
          <p data-passkey-no-js>{t.passkeysNoScript}</p>
          <form
            method="post"
            action={`/login/passkey?next=${next}`}
            data-passkey-sign-in
            data-options={JSON.stringify(props.passkey)}
            data-passkey-js
            hidden
          >
            <input type="hidden" name="challenge" value={props.challenge} />
            <input type="hidden" name="credential" value="" />
            <PasskeyProblem t={t} />
            <button type="submit" class="primary big">
              {t.passkeySignIn}
            </button>
          </form>
          <h2>{t.orCode}</h2>
        </section>
      ) : null}
      <p>{props.totp ? t.codeIntro : t.recoveryIntro}</p>
      <form method="post" action={`/login/code?next=${next}`} class="booking-form">
        <input type="hidden" name="challenge" value={props.challenge} />
        <CodeField label={props.totp ? t.codeLabel : t.recoveryLabel} maxlength={20} />
        <button type="submit" class={props.passkey ? 'big' : 'primary big'}>
          {t.codeButton}
        </button>
      </form>
    </div>
  )
}

/** What the passkey script shows when the browser made or used no passkey. */
function PasskeyProblem(props: { t: AuthMessages }) {
  return (
    <div class="problem" role="alert" tabindex={-1} data-passkey-problem hidden>
      <p>{props.t.passkeyFailed}</p>
    </div>
  )
}

export interface PasskeyItem {
  id: string
  name: string
  added: string
  lastUsed: string | null
}

/**
 * The account's passkeys (each with a remove button) and the form that registers a new
 * one; `options` are the WebAuthn creation options with their challenge kept on the server.
 */
export function PasskeysSection(props: {
  t: AuthMessages
  passkeys: PasskeyItem[]
  options: unknown
}) {
  const { t } = props
  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t.passkeysTitle}</h2>
      <p>{t.passkeysIntro}</p>
      {props.passkeys.length === 0 ? (
        <p>{t.passkeysNone}</p>
      ) : (
        <ul class="passkeys">
          {props.passkeys.map((p) => (
            <li>
              <strong>{p.name}</strong>{' '}
              <span>
                ({t.passkeyAdded(p.added)}
                {p.lastUsed ? `, ${t.passkeyLastUsed(p.lastUsed)}` : ''})
              </span>
              <form method="post" action={`/staff/tweestaps/passkeys/${p.id}/verwijderen`}>
                <button type="submit" aria-label={t.passkeyRemove(p.name)}>
                  {t.passkeyRemoveButton}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <p data-passkey-no-js>{t.passkeysNoScript}</p>
      {props.options ? (
        <form
          method="post"
          action="/staff/tweestaps/passkeys"
          class="booking-form"
          data-passkey-register
          data-options={JSON.stringify(props.options)}
          data-passkey-js
          hidden
        >
          <PasskeyProblem t={t} />
          <div class="field">
            <label for="passkey-name">{t.passkeyName}</label>
            <input id="passkey-name" name="name" type="text" maxlength={60} required />
          </div>
          <input type="hidden" name="credential" value="" />
          <button type="submit">{t.passkeyAdd}</button>
        </form>
      ) : (
        // After a refusal the challenge may be gone: a new one comes with the page.
        <p data-passkey-js hidden>
          <a href="/staff/tweestaps">{t.passkeyRetry}</a>
        </p>
      )}
    </section>
  )
}

/** Two-step sign-in is on: the app, the recovery codes left, the passkeys. */
export function TwoFactorOverview(props: {
  t: AuthMessages
  totp: boolean
  recoveryCodesLeft: number
  notice: string | null
  problem: string | null
  passkeys: PasskeyItem[]
  options: unknown
}) {
  const { t } = props
  return (
    <div class="auth">
      <h1>{t.setupDoneTitle}</h1>
      <Notices notice={props.notice} problem={props.problem} />
      <p role="status">{t.twoFactorOn(props.recoveryCodesLeft)}</p>
      <form method="post" action="/staff/tweestaps/herstelcodes">
        <button type="submit">{t.newRecoveryCodes}</button>
      </form>
      <section aria-labelledby="app-heading">
        <h2 id="app-heading">{t.appTitle}</h2>
        <p>{props.totp ? t.appOn : t.appOff}</p>
        {props.totp ? null : (
          <p>
            <a href="/staff/tweestaps/app">{t.appSetUp}</a>
          </p>
        )}
      </section>
      <PasskeysSection t={t} passkeys={props.passkeys} options={props.options} />
    </div>
  )
}

/** The QR code and the key of a new secret, and the field for its first code. */
export function TotpSetupPage(props: {
  t: AuthMessages
  svg: string
  secret: string
  next: string
  problem: string | null
  /** With no factor yet: a passkey is the other way to set it up. */
  passkeys?: unknown
}) {
  const { t } = props
  return (
    <AuthForm
      footer={props.passkeys}
      title={t.setupTitle}
      intro={t.setupIntro}
      problem={props.problem}
      action={`/staff/tweestaps?next=${encodeURIComponent(props.next)}`}
      button={t.setupButton}
    >
      <p>{t.setupStep1}</p>
      <p>
        <img
          class="qr"
          src={`data:image/svg+xml;base64,${Buffer.from(props.svg).toString('base64')}`}
          alt={t.setupStep1}
          width={240}
          height={240}
        />
      </p>
      <p class="link-text" dir="ltr">
        <code data-testid="totp-secret">{props.secret}</code>
      </p>
      <CodeField label={t.setupStep2} maxlength={8} />
    </AuthForm>
  )
}

/** Recovery codes, shown once. */
export function RecoveryCodesPage(props: {
  title: string
  intro: string
  codes: string[]
  next: { href: string; label: string }
}) {
  return (
    <div class="auth">
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      <ul class="recovery-codes" dir="ltr">
        {props.codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a class="button primary" href={props.next.href}>
          {props.next.label}
        </a>
      </p>
    </div>
  )
}
