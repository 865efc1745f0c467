import type { AuthMessages } from '../../src/i18n/staff/auth.js'

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
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.problem ? (
        <div class="problem" role="alert" tabindex={-1} data-focus-after-swap>
          <p>{props.problem}</p>
        </div>
      ) : null}
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
      <div class="field">
        <label for="email">{t.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          value={props.email}
          autocomplete="username"
          required
          dir="ltr"
        />
      </div>
      <div class="field">
        <label for="password">{t.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
      </div>
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
      <div class="field">
        <label for="email">{t.email}</label>
        <input id="email" name="email" type="email" autocomplete="username" required dir="ltr" />
      </div>
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
      <div class="field">
        <label for="password">{t.newPassword}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength={12}
          required
        />
      </div>
      <div class="field">
        <label for="repeat">{t.repeatPassword}</label>
        <input
          id="repeat"
          name="repeat"
          type="password"
          autocomplete="new-password"
          minlength={12}
          required
        />
      </div>
    </AuthForm>
  )
}

/** The one field for a code from the app (digits; a recovery code has letters too). */
function CodeField(props: { label: string; maxlength: number }) {
  return (
    <div class="field">
      <label for="code">{props.label}</label>
      <input
        id="code"
        name="code"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength={props.maxlength}
        required
        dir="ltr"
      />
    </div>
  )
}

/** After a right password: the code from the app, or a recovery code. */
export function CodePage(props: {
  t: AuthMessages
  challenge: string
  next: string
  problem: string | null
}) {
  const { t } = props
  return (
    <AuthForm
      title={t.codeTitle}
      intro={t.codeIntro}
      problem={props.problem}
      action={`/login/code?next=${encodeURIComponent(props.next)}`}
      button={t.codeButton}
    >
      <input type="hidden" name="challenge" value={props.challenge} />
      <CodeField label={t.codeLabel} maxlength={20} />
    </AuthForm>
  )
}

/** The QR code and the key of a new secret, and the field for its first code. */
export function TotpSetupPage(props: {
  t: AuthMessages
  svg: string
  secret: string
  next: string
  problem: string | null
}) {
  const { t } = props
  return (
    <AuthForm
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
