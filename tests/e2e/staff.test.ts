import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import {
  axeViolations,
  hasChromium,
  launchBrowser,
  passSecondFactorSetup,
  PHONE,
  serveApp,
} from '../support/browser.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, TEST_PASSWORD } from '../support/staff.js'

// Monday morning; the point has hours on Tuesday 1 December 2026, 13:00–15:00 Amsterdam time.
const NOW = new Date('2026-11-30T08:00:00Z')
const HOURS = [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }]

describe.skipIf(!hasChromium)('staff in the browser', () => {
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

  async function signIn(page: Page, email: string) {
    await page.goto(`${served.origin}/staff`)
    await page.waitForURL('**/login?next=*')
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await passSecondFactorSetup(page, NOW)
    await page.waitForURL(`${served.origin}/staff`)
  }

  async function noViolations(page: Page, name: string, found: string[]) {
    for (const v of await axeViolations(page)) {
      found.push(`${name}: ${v.id} (${v.impact}) at ${v.targets.join(' | ')}`)
    }
  }

  test('a volunteer books for a client without contact details; the counselor sees it in the agenda', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const volunteer = await createStaff(db, { role: 'volunteer' })
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const found: string[] = []

    const volunteerContext = await browser.newContext({
      viewport: PHONE,
      locale: 'nl-NL',
      bypassCSP: true,
    })
    const page = await volunteerContext.newPage()
    await page.goto(`${served.origin}/login`)
    await noViolations(page, 'login', found)
    await signIn(page, volunteer.email)
    await noViolations(page, 'staff home', found)
    await page.getByRole('link', { name: 'Afspraak voor een cliënt' }).first().click()
    await noViolations(page, 'choose a support point', found)
    await page.getByRole('link', { name: point.name }).click()
    await page.getByRole('link', { name: 'dinsdag 1 december' }).click()
    await page.locator('#slots a.slot').first().click()
    await page.waitForURL('**/gegevens?start=*')
    await noViolations(page, 'volunteer form', found)
    await page.getByLabel('Naam of initialen').fill('M.')
    await page.getByLabel('De taal van de cliënt').selectOption('so')
    await page.locator('form.booking-form button[type=submit]').click()
    await page.waitForURL(/\/mijn-afspraken\/[A-Z2-9]{8}\?nieuw=1$/)
    await noViolations(page, 'volunteer confirmation', found)
    const shown = ((await page.locator('.reference').textContent()) ?? '').replace(/\s/g, '')
    const [row] = await db
      .selectFrom('bookings')
      .select(['reference', 'source', 'booked_by', 'email'])
      .where('location_id', '=', point.id)
      .execute()
    expect(row).toEqual({
      reference: shown,
      source: 'volunteer',
      booked_by: volunteer.id,
      email: null,
    })
    await volunteerContext.close()

    const counselorContext = await browser.newContext({
      viewport: PHONE,
      locale: 'nl-NL',
      bypassCSP: true,
    })
    const agenda = await counselorContext.newPage()
    await signIn(agenda, counselor.email)
    await agenda.goto(`${served.origin}/staff/agenda?dag=2026-12-01&steunpunt=${point.slug}`)
    const spaced = `${shown.slice(0, 4)} ${shown.slice(4)}`
    await agenda.getByRole('link', { name: spaced }).waitFor()
    await noViolations(agenda, 'agenda', found)
    await agenda.getByRole('link', { name: spaced }).click()
    await agenda.waitForURL(`**/staff/agenda/afspraak/${shown}`)
    await noViolations(agenda, 'agenda booking', found)
    // The counselor's own agenda: today and the coming days at all their support points.
    await agenda.getByRole('link', { name: 'Agenda', exact: true }).click()
    await agenda.getByRole('heading', { name: 'dinsdag 1 december 2026' }).waitFor()
    await agenda.getByRole('link', { name: spaced }).waitFor()
    await noViolations(agenda, 'agenda of the coming days', found)
    await counselorContext.close()

    expect(found, found.join('\n')).toEqual([])
  })

  test('a coordinator adds a closure; it shows on the public page and in the day list', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
    const found: string[] = []
    const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', bypassCSP: true })
    const page = await context.newPage()
    await signIn(page, coordinator.email)
    await page.getByRole('link', { name: 'Steunpunten' }).first().click()
    await noViolations(page, 'support points', found)
    await page.getByRole('link', { name: point.name }).click()
    await noViolations(page, 'manage a support point', found)
    const form = page.locator('form[action$="/sluitingen"]')
    await form.getByLabel('Eerste dag').fill('2026-12-08')
    await form.getByLabel('Laatste dag').fill('2026-12-08')
    await form.getByLabel('Reden').fill('Teamdag in Zwolle')
    await form.getByRole('button', { name: 'Sluiting toevoegen' }).click()
    await page.getByText('Teamdag in Zwolle').first().waitFor()

    await page.goto(`${served.origin}/steunpunt/${point.slug}`)
    await page.getByText('Teamdag in Zwolle').waitFor()
    await page.goto(`${served.origin}/steunpunt/${point.slug}/afspraak`)
    await page.getByText('gesloten: Teamdag in Zwolle').waitFor()
    const rows = await db
      .selectFrom('closures')
      .select(['start_date', 'end_date', 'reason'])
      .where('location_id', '=', point.id)
      .execute()
    expect(rows).toEqual([
      { start_date: '2026-12-08', end_date: '2026-12-08', reason: 'Teamdag in Zwolle' },
    ])
    await context.close()
    expect(found, found.join('\n')).toEqual([])
  })
})
