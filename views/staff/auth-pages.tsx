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
