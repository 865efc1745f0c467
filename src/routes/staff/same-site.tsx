import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../app-env.js'
import { sitePath } from '../../domain/site-path.js'
import { navMessages } from '../../i18n/staff/nav.js'
import { render } from '../render.js'
import { staffNav } from './nav.js'

/**
 * For pages whose opening writes "viewed" to the audit log under the staff member's name
 * (the agenda, the desk): a page on another site must not be able to write that by
 * sending their browser here, so a navigation from another site first asks for one click
 * on our own page.
 */
export function askBeforeViewFromElsewhere(navPath: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const site = c.req.header('Sec-Fetch-Site')
    if (c.req.method !== 'GET' || (site !== 'cross-site' && site !== 'same-site')) return next()
    const t = navMessages[c.get('staff').locale]
    return render(c, {
      title: t.openFromElsewhereTitle,
      noindex: true,
      nav: staffNav(c, navPath),
      page: (
        <>
          <h1>{t.openFromElsewhereTitle}</h1>
          <p>{t.openFromElsewhereIntro}</p>
          <p>
            <a class="button primary" href={sitePath(new URL(c.req.url))}>
              {t.openFromElsewhereButton}
            </a>
          </p>
        </>
      ),
    })
  }
}
