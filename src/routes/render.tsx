import type { Context } from 'hono'
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { Layout } from '../../views/layout.js'
import type { AppEnv } from '../app-env.js'
import { withKnownBody } from '../http/known-body.js'

/** htmx asked for a part of the page (not a boosted whole-page navigation). */
export function wantsFragment(c: Context<AppEnv>): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-Request-Type') !== 'full'
}

/**
 * Answers with the whole page, or only `fragment` when htmx asked for that part.
 * One place decides, and `Vary` tells caches that the answer depends on it.
 *
 * @example return render(c, { title: 'Utrecht', page: <LocationPage … /> })
 */
export function render(
  c: Context<AppEnv>,
  options: {
    title: string
    /** Public pages: one or two sentences in the page's language (meta description). */
    description?: string
    page: Child
    fragment?: Child
    status?: ContentfulStatusCode
    noindex?: boolean
    nav?: Child
    script?: 'passkey.js'
  },
) {
  c.header('Vary', 'HX-Request, Accept-Language, Cookie', { append: true })
  const status = options.status ?? 200
  if (options.fragment !== undefined && wantsFragment(c)) {
    return c.html(<>{options.fragment}</>, status)
  }
  const page = (
    <Layout
      ctx={c.get('view')}
      title={options.title}
      description={options.description}
      noindex={options.noindex}
      nav={options.nav}
      script={options.script}
    >
      {options.page}
    </Layout>
  )
  const html = `<!DOCTYPE html>${toHtml(page)}`
  // The answer cache keeps this text instead of reading the body back (ADR 53).
  return withKnownBody(c.html(html, status), html)
}

/** hono/jsx elements stringify synchronously unless a component is async; ours never are. */
function toHtml(node: Child): string {
  return String(node)
}

/** Rendered parts by the object they show, dropped with it; a few keys each. */
const rendered = new WeakMap<object, Map<string, string>>()
const KEYS_PER_OWNER = 64

/**
 * A part of a page rendered once per `owner` and `key`, then reused as it is: for parts
 * that depend on nothing but `owner`, an object never changed in place (a support point
 * from the schedule cache is replaced, not edited, when the schedule moves: ADR 11), and
 * what `key` names (the date, the language). The answer cache keys whole answers by URL,
 * which every new query string misses; this part stays (ADR 50).
 *
 * @example page: renderedOnce(point, `${today}|${locale}`, () => <LocationPage … />)
 */
export function renderedOnce(owner: object, key: string, part: () => Child): Child {
  let parts = rendered.get(owner)
  if (!parts) rendered.set(owner, (parts = new Map()))
  let html = parts.get(key)
  if (html === undefined) {
    if (parts.size >= KEYS_PER_OWNER) parts.clear()
    html = toHtml(part())
    parts.set(key, html)
  }
  return raw(html)
}
