import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import {
  axeViolations,
  hasChromium,
  launchBrowser,
  passSecondFactorSetup,
  saveScreenshot,
  serveApp,
} from '../support/browser.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, TEST_PASSWORD } from '../support/staff.js'

/**
 * The admin's and the coordinator's management pages in a real browser: every page is
 * checked with axe-core (WCAG 2.2 AA rules), a form with errors included, and saved as a
 * screenshot for review. Staff pages speak Dutch and English (ADR 7); both are checked.
 */
const NOW = new Date('2026-11-30T08:00:00Z')
const HOURS = [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }]
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url))

describe.skipIf(!hasChromium)('management pages in the browser', () => {
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

  async function signedIn(email: string, locale: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 800 },
      locale,
      bypassCSP: true,
    })
    const page = await context.newPage()
    await page.goto(`${served.origin}/login`)
    await page.locator('input[name=email]').fill(email)
    await page.locator('input[name=password]').fill(TEST_PASSWORD)
    await page.locator('form button[type=submit]').first().click()
    await passSecondFactorSetup(page, NOW)
    await page.waitForURL(`${served.origin}/staff`)
    return page
  }

  async function check(page: Page, name: string, path: string, found: string[]) {
    const res = await page.goto(`${served.origin}${path}`)
    expect(res?.status(), path).toBe(200)
    await saveScreenshot(page, `${SCREENSHOTS}admin-${name}.png`)
    for (const v of await axeViolations(page)) {
      found.push(`${name}: ${v.id} (${v.impact}) at ${v.targets.join(' | ')}`)
    }
  }

  for (const locale of ['nl', 'en'] as const) {
    test(`the admin's pages have no accessibility violations (${locale})`, async () => {
      const point = await createSupportPoint(db, { hours: HOURS })
      const admin = await createStaff(db, { role: 'admin', locale })
      const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
      const found: string[] = []
      const page = await signedIn(admin.email, locale === 'nl' ? 'nl-NL' : 'en-GB')

      await check(page, `${locale}-regions`, '/staff/beheer/regios', found)
      await check(page, `${locale}-region`, `/staff/beheer/regios/${point.region.slug}`, found)
      await check(page, `${locale}-new-region`, '/staff/beheer/regios/nieuw', found)
      // A form sent back with errors: each error is tied to its field and announced.
      await page.locator('input[name=slug]').fill('NIET GOED')
      await Promise.all([page.waitForLoadState(), page.locator('input[name=slug]').press('Enter')])
      await page.locator('[aria-invalid=true]').first().waitFor()
      expect(await page.locator('[aria-invalid=true]').count()).toBeGreaterThan(0)
      for (const v of await axeViolations(page)) found.push(`new region with errors: ${v.id}`)
      await check(page, `${locale}-points`, '/staff/beheer/steunpunten', found)
      await check(page, `${locale}-new-point`, '/staff/beheer/steunpunten/nieuw', found)
      await check(page, `${locale}-point`, `/staff/beheer/steunpunten/${point.slug}`, found)
      await check(page, `${locale}-person`, `/staff/medewerkers/${counselor.id}`, found)
      await check(page, `${locale}-audit`, '/staff/beheer/audit', found)
      await check(page, `${locale}-reports`, '/staff/rapportage', found)
      await check(page, `${locale}-reports-region`, '/staff/rapportage?maand=2026-11', found)
      expect(found).toEqual([])
      // Eleven pages with axe and a full-page screenshot each: slow on a busy 2-core machine.
    }, 120_000)
  }

  test("a coordinator's report and staff pages have no accessibility violations", async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const coordinator = await createStaff(db, {
      role: 'coordinator',
      regionIds: [point.region.id],
    })
    const found: string[] = []
    const page = await signedIn(coordinator.email, 'nl-NL')
    await check(page, 'coordinator-reports', '/staff/rapportage', found)
    await check(page, 'coordinator-people', '/staff/medewerkers', found)
    await check(page, 'coordinator-point', `/staff/steunpunten/${point.slug}`, found)
    expect(found).toEqual([])
  }, 60_000)
})
