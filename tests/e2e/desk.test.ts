import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import {
  axeViolations,
  hasChromium,
  launchBrowser,
  PHONE,
  saveScreenshot,
  serveApp,
} from '../support/browser.js'
import { bookDirect } from '../support/booking.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

/**
 * The walk-in desk on a phone (issue 15), in Dutch without JavaScript and in English with
 * it: register a walk-in, take them in, finish with an outcome, check a booked client in.
 * With JavaScript the forms are sent by htmx and the page is not reloaded.
 */

// Monday 30 November 2026, 11:45 in Amsterdam; the session runs 10:00–13:00.
const NOW = new Date('2026-11-30T10:45:00Z')

const WORDS = {
  nl: {
    language: 'Taal',
    interpreter: 'Tolk nodig',
    register: 'Inschrijven',
    registered: 'Ingeschreven met code',
    takeIn: 'Neem in gesprek',
    takenIn: 'In gesprek genomen.',
    outcome: 'kiest voor terugkeer',
    done: 'Klaar',
    finished: 'Gesprek afgerond.',
    checkIn: 'Is er',
    checkedIn: 'Aangemeld.',
    waiting: 'Wachtrij',
  },
  en: {
    language: 'Language',
    interpreter: 'Interpreter needed',
    register: 'Register',
    registered: 'Registered with code',
    takeIn: 'Take in',
    takenIn: 'Taken in.',
    outcome: 'chose return',
    done: 'Done',
    finished: 'Conversation done.',
    checkIn: 'Has arrived',
    checkedIn: 'Checked in.',
    waiting: 'Waiting',
  },
} as const

describe.skipIf(!hasChromium)('the walk-in desk in the browser', () => {
  let db: Db
  let browser: Browser
  let served: Awaited<ReturnType<typeof serveApp>>

  beforeAll(async () => {
    ;[db, browser] = await Promise.all([openTestDatabase(), launchBrowser()])
    served = await serveApp(db, { now: NOW })
  })

  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await db?.destroy()
  })

  /** axe's findings and the page's width; axe runs on `axePage` (with JavaScript) at the same URL. */
  async function problems(page: Page, axePage: Page, name: string): Promise<string[]> {
    if (axePage !== page) await axePage.goto(page.url())
    const found = (await axeViolations(axePage)).map(
      (v) => `${name}: ${v.id} (${v.impact}) at ${v.targets.join(' | ')}`,
    )
    const width = await page.evaluate<number>('document.documentElement.scrollWidth')
    if (width > PHONE.width) found.push(`${name}: ${width}px wide on a ${PHONE.width}px phone`)
    return found
  }

  for (const [locale, javaScript] of [
    ['nl', false],
    ['en', true],
  ] as const) {
    test(`${locale}, JavaScript ${javaScript ? 'on' : 'off'}: walk-in, take in, done; a booked client checks in`, async () => {
      const w = WORDS[locale]
      const point = await createSupportPoint(db, {
        hours: [{ weekday: 1, start: '10:00', end: '13:00', counselors: 2 }],
      })
      const { booking } = await bookDirect(db, {
        locationId: point.id,
        start: '2026-11-30T11:30:00Z',
        now: new Date('2026-11-28T09:00:00Z'),
        details: { name: 'Samira' },
      })
      const counselor = await createStaff(db, {
        role: 'counselor',
        locationIds: [point.id],
        locale,
      })
      const { Cookie } = await signIn(db, counselor.id, NOW)
      const context = await browser.newContext({
        viewport: PHONE,
        javaScriptEnabled: javaScript,
        // axe is injected as an inline script, which the CSP rightly blocks.
        bypassCSP: true,
      })
      await context.addCookies([
        { name: 'sid', value: Cookie.slice('sid='.length), url: served.origin },
      ])
      const page = await context.newPage()
      // Without JavaScript on the page itself, axe looks at the same URL in a page with it.
      const axeContext = javaScript
        ? context
        : await browser.newContext({ viewport: PHONE, bypassCSP: true })
      if (!javaScript) {
        await axeContext.addCookies([
          { name: 'sid', value: Cookie.slice('sid='.length), url: served.origin },
        ])
      }
      const axePage = javaScript ? page : await axeContext.newPage()
      const check = (name: string) => problems(page, axePage, name)
      const found: string[] = []

      // One point: the desk opens on it.
      await page.goto(`${served.origin}/staff/balie`)
      expect(new URL(page.url()).pathname).toBe(`/staff/balie/${point.slug}`)
      found.push(...(await check('desk')))
      if (javaScript) await page.evaluate('window.__sameDocument = true')

      await page.getByLabel(w.language).selectOption('ti')
      await page.getByLabel(w.interpreter).check()
      await page.getByRole('button', { name: w.register }).click()
      await page.getByText(w.registered).waitFor()
      await expect.poll(() => page.locator('#waiting li').count()).toBe(1)
      found.push(...(await check('after registering')))

      await page.locator('#waiting').getByRole('button', { name: w.takeIn }).click()
      await page.getByText(w.takenIn).waitFor()
      const finish = page.locator('form.desk-finish').first()
      await finish.getByLabel(w.outcome).check()
      found.push(...(await check('in conversation')))
      await finish.getByRole('button', { name: w.done }).click()
      await page.getByText(w.finished).waitFor()

      await page
        .locator(`#client-${booking.reference}`)
        .getByRole('button', { name: w.checkIn })
        .click()
      await page.getByText(w.checkedIn).waitFor()
      await expect.poll(() => page.locator('#waiting li').count()).toBe(1)
      found.push(...(await check('booked client waiting')))
      await saveScreenshot(page, `test-results/desk-${locale}.png`)

      if (javaScript) {
        // Every step above went through htmx: still the same document.
        expect(await page.evaluate('window.__sameDocument === true')).toBe(true)
      }
      const row = await db
        .selectFrom('bookings')
        .select(['attendance', 'arrived_at'])
        .where('id', '=', booking.id)
        .executeTakeFirstOrThrow()
      expect(row.attendance).toBe('attended')
      expect(row.arrived_at).not.toBeNull()
      expect(found).toEqual([])
      await context.close()
      if (!javaScript) await axeContext.close()
    })
  }
})
