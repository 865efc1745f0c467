import { fileURLToPath } from 'node:url'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Secret, TOTP } from 'otpauth'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core'
import type { Db } from '../../src/db/database.js'
import { testApp } from './app.js'

const CHROMIUM = '/usr/bin/chromium'

/** Debian's Chromium; CI installs it, a fresh machine may not have it (the e2e tests skip). */
export const hasChromium = existsSync(CHROMIUM)

/** A phone: the smallest screen the clients are expected to use. */
export const PHONE = { width: 360, height: 740 }

/**
 * One headless Chromium per test file; tests open their own contexts.
 *
 * @example const browser = await launchBrowser()
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * The app with a fixed clock on a free local port, with BASE_URL set to that port so
 * same-origin checks and the manage link point at it.
 *
 * @example const served = await serveApp(db, { now }); await page.goto(`${served.origin}/`)
 */
export async function serveApp(
  db: Db,
  options: {
    now: Date
    env?: Record<string, string>
    /** 'localhost': the origin names it instead of 127.0.0.1, as WebAuthn needs a domain. */
    host?: 'localhost'
  },
) {
  let fetchApp: ((request: globalThis.Request) => Response | Promise<Response>) | null = null
  // Listen first, then build the app: BASE_URL has to name the port we were given.
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      {
        fetch: (request) => fetchApp!(request),
        port: 0,
        hostname: '127.0.0.1',
      },
      () => resolve(started),
    )
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://${options.host ?? '127.0.0.1'}:${port}`
  const built = testApp(db, { now: options.now, env: { BASE_URL: origin, ...options.env } })
  fetchApp = (request) => built.app.fetch(request)
  return {
    ...built,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets from the browser would otherwise hold the close open.
        if ('closeAllConnections' in server) server.closeAllConnections()
      }),
  }
}

/**
 * Every URL the pages of a context ask for, so a test can prove nothing leaves for a third party.
 *
 * @example const requests = recordRequests(context); …; expect(thirdParty(requests, origin)).toEqual([])
 */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = []
  context.on('request', (request: Request) => urls.push(request.url()))
  return urls
}

/** The recorded URLs that go anywhere but our own origin (inline data: URLs stay local). */
export function thirdParty(urls: string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))
}

export interface AxeViolation {
  id: string
  impact: string | null
  targets: string[]
}

const AXE_SCRIPT = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url))

let axeAddress: Promise<string> | undefined

/**
 * axe-core from a loopback port of its own, cacheable, instead of pasted into each page:
 * Chromium then keeps the 650 kB script and its compiled code per context, where an inline
 * copy was sent, parsed and compiled again on every page (about 0.2 s each on two cores).
 * A test that lists the requests of a context it runs axe in would see this one.
 */
function axeUrl(): Promise<string> {
  axeAddress ??= new Promise((resolve) => {
    const script = readFileSync(AXE_SCRIPT)
    const server = createServer((_, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/javascript',
        'Cache-Control': 'max-age=86400, immutable',
        // No keep-alive socket is left to hold the test process open.
        Connection: 'close',
      })
      res.end(script)
    })
    server.listen(0, '127.0.0.1', () => {
      server.unref()
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/axe.min.js`)
    })
  })
  return axeAddress
}

/**
 * What axe-core finds on the page for the WCAG 2.x A/AA rules. The page's context needs
 * `bypassCSP: true`: the injected script comes from elsewhere, which our CSP rightly blocks.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ url: await axeUrl() })
  return page.evaluate<AxeViolation[]>(`
    axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      resultTypes: ['violations'],
    })
      .then((result) => result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      })))
  `)
}

/** Screenshots for a person to look at, only when asked: `SCREENSHOTS=1 npm test`. */
const TAKE_SCREENSHOTS = /^(1|true|yes)$/i.test(process.env.SCREENSHOTS ?? '')

/**
 * Saves a full-page screenshot for people to look at (a test artifact, not an assertion).
 * Chromium now and then refuses one under load ("Unable to capture screenshot"): it is
 * tried again, and a second refusal is reported on stderr instead of failing the test.
 */
export async function saveScreenshot(page: Page, path: string): Promise<void> {
  // A full-page PNG costs Chromium 0.1 s or more; nothing asserts on it (ADR 47).
  if (!TAKE_SCREENSHOTS) return
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path, fullPage: true })
      return
    } catch (error) {
      if (attempt >= 2) {
        console.error(`screenshot ${path} not saved: ${(error as Error).message.split('\n')[0]}`)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/**
 * When sign-in led to the setup of the second factor (the admin and coordinators), sets it
 * up as a person with an authenticator app would: reads the key, types the app's code for
 * the server's clock `now`, and continues past the recovery codes.
 *
 * @example await page.click('text=Inloggen'); await passSecondFactorSetup(page, NOW)
 */
export async function passSecondFactorSetup(page: Page, now: Date): Promise<void> {
  await page.waitForLoadState()
  if (!new URL(page.url()).pathname.startsWith('/staff/tweestaps')) return
  const key = (await page.getByTestId('totp-secret').textContent()) ?? ''
  const code = new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')) }).generate({
    timestamp: now.getTime(),
  })
  await page.locator('input[name=code]').fill(code)
  await page.locator('form button[type=submit]').first().click()
  await page.locator('ul.recovery-codes').waitFor()
  await page.locator('a.button.primary').click()
}
