import { assetUrl } from '../src/assets.js'
import { sitePath } from '../src/domain/site-path.js'
import type { Child } from 'hono/jsx'
import { catalogs, LOCALES } from '../src/i18n/locales.js'
import type { ViewContext } from './context.js'
import { Icon } from './partials/icons.js'

/** The language switch keeps the visitor on the same page (a link on our own site only). */
export function languageHref(url: URL, locale: string): string {
  const next = new URL(url)
  next.searchParams.set('lang', locale)
  return sitePath(next)
}

export function Layout(props: {
  ctx: ViewContext
  title: string
  /** What search engines and link previews show under the title, in the page's language. */
  description?: string
  children: Child
  /** Pages behind a capability link must not be indexed. */
  noindex?: boolean
  /** Staff pages show their navigation instead of the language switch. */
  nav?: Child
  /** A script only some pages need (the passkey forms), after the ones every page has. */
  script?: 'passkey.js'
}) {
  const { ctx } = props
  return (
    <html lang={ctx.locale} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${ctx.t.appName}`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
        <meta name="htmx-config" content='{"includeIndicatorCSS":false}' />
        <link rel="stylesheet" href={assetUrl('style.css')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <script src={assetUrl('htmx.min.js')} defer></script>
        <script src={assetUrl('app.js')} defer></script>
        {props.script ? <script src={assetUrl(props.script)} defer></script> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {ctx.t.skipToContent}
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            <img src={assetUrl('favicon.svg')} alt="" width="32" height="32" />
            <span>{ctx.t.appName}</span>
          </a>
          {props.nav ?? (
            <nav class="language-switch" aria-label={ctx.t.chooseLanguage}>
              {/* A disclosure, not a list across the header: one line at phone width, and
                  it opens without JavaScript. Each language is named in itself. */}
              <details>
                <summary>
                  <Icon name="globe" />
                  <span lang={ctx.locale}>{catalogs[ctx.locale].languageName}</span>
                </summary>
                <ul>
                  {LOCALES.map((locale) => (
                    <li>
                      <a
                        href={languageHref(ctx.url, locale)}
                        lang={locale}
                        hreflang={locale}
                        aria-current={locale === ctx.locale ? 'true' : undefined}
                      >
                        {catalogs[locale].languageName}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            </nav>
          )}
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{ctx.t.footer}</p>
          <p>
            <a href="/privacy">{ctx.t.privacyLink}</a>
          </p>
          <p>
            <a href="/afspraak-terugvinden">{ctx.t.findLink}</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
