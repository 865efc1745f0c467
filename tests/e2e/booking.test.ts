import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { catalogs, LOCALES } from '../../src/i18n/locales.js'
import {
  hasChromium,
  axeViolations,
  launchBrowser,
  PHONE,
  recordRequests,
  saveScreenshot,
  serveApp,
  thirdParty,
} from '../support/browser.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'

// Monday morning; the point has hours on Tuesday 1 December 2026, 13:00–15:00 Amsterdam time.
const NOW = new Date('2026-11-30T08:00:00Z')
const HOURS = [{ weekday: 2, start: '13:00', end: '15:00', counselors: 2 }]
const DAY = '2026-12-01'
const DAY_LABEL = 'dinsdag 1 december'
const FIRST_SLOT = '2026-12-01T12:00:00.000Z'
const LATER_SLOT = '2026-12-01T13:00:00.000Z'
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url))

describe.skipIf(!hasChromium)('booking in the browser, on a phone', () => {
  let db: Db
  let browser: Browser
  let served: Awaited<ReturnType<typeof serveApp>>

  beforeAll(async () => {
    ;[db, browser] = await Promise.all([openTestDatabase(), launchBrowser()])
    served = await serveApp(db, { now: NOW })
    mkdirSync(SCREENSHOTS, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await db?.destroy()
  })

  async function openPage(options: { javaScript?: boolean; bypassCSP?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'nl-NL',
      javaScriptEnabled: options.javaScript ?? true,
      bypassCSP: options.bypassCSP ?? false,
    })
    return { context, page: await context.newPage() }
  }

  function bookingsAt(locationId: string) {
    return db
      .selectFrom('bookings')
      .select(['reference', 'status', 'starts_at', 'cancelled_by', 'name', 'language', 'email'])
      .where('location_id', '=', locationId)
      .execute()
  }

  async function screenshot(page: Page, name: string) {
    await saveScreenshot(page, `${SCREENSHOTS}${name}.png`)
    // Nothing may stick out sideways on a phone.
    expect(await page.evaluate('document.documentElement.scrollWidth'), name).toBe(PHONE.width)
  }

  /** Clicks the day and resolves with whether the times came as a whole new page. */
  async function chooseDay(page: Page): Promise<{ fullPageLoad: boolean }> {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`?dag=${DAY}`)),
      page.getByRole('link', { name: DAY_LABEL }).click(),
    ])
    await page.waitForURL(`**?dag=${DAY}`)
    return { fullPageLoad: response.request().isNavigationRequest() }
  }

  /** From the support point page to the confirmation, filling the form by its labels. */
  async function book(page: Page, slug: string, options: { javaScript: boolean }) {
    await page.goto(`${served.origin}/steunpunt/${slug}`)
    await page.getByRole('link', { name: 'Afspraak maken' }).click()
    await page.waitForURL(`**/steunpunt/${slug}/afspraak`)
    if (options.javaScript) await page.evaluate('window.__marker = "same page"')

    const { fullPageLoad } = await chooseDay(page)
    expect(fullPageLoad).toBe(!options.javaScript)
    await page.getByRole('link', { name: '13:00–13:30' }).waitFor()
    if (options.javaScript) {
      // htmx put the times in place: the page (and what a script left on it) is still there.
      expect(await page.evaluate('window.__marker')).toBe('same page')
      // The pushed URL is a real step back: Back shows the days without times, Forward the times.
      await page.goBack()
      await page.waitForURL(`**/steunpunt/${slug}/afspraak`)
      await page.locator('#slots a').first().waitFor({ state: 'detached' })
      await page.goForward()
      await page.waitForURL(`**?dag=${DAY}`)
      await page.getByRole('link', { name: '13:00–13:30' }).waitFor()
    }

    await page.getByRole('link', { name: '13:00–13:30' }).click()
    await page.waitForURL('**/afspraak/gegevens?start=*')
    await page.getByLabel('Naam of initialen').fill('A.K.')
    await page.getByLabel('Welke taal spreekt u?').selectOption('ti')
    await page.getByRole('radio', { name: 'Ja' }).check()
    await page.getByLabel('Mijn toekomst en mijn mogelijkheden').check()
    await page.getByLabel('E-mail (niet verplicht)').fill('ak@example.org')
    await page.getByLabel('Telefoon (niet verplicht)').fill('06 1234 5678')
    await page.getByLabel('Wilt u nog iets zeggen? (niet verplicht)').fill('<b>Graag</b> met tolk')
    await page.getByRole('button', { name: 'Afspraak bevestigen' }).click()

    await page.waitForURL(/\/b\/[^/?]+\?nieuw=1$/)
    await page.getByRole('heading', { name: 'Uw afspraak staat' }).waitFor()
    const shown = (await page.locator('.reference').textContent()) ?? ''
    expect(shown).toMatch(/^[A-Z2-9]{4} [A-Z2-9]{4}$/)
    return shown.replace(' ', '')
  }

  /** Moves the booking to 14:00 through its manage page, then cancels it. */
  async function moveThenCancel(page: Page, locationId: string, reference: string) {
    await page.getByRole('link', { name: 'Andere tijd kiezen' }).click()
    await page.waitForURL('**/verzetten')
    await chooseDay(page)
    await page.getByRole('button', { name: 'Verzet naar 14:00–14:30' }).click()
    await page.waitForURL(/\/b\/[^/?]+\?verzet=1$/)
    await page.getByText('Uw afspraak is verzet.').waitFor()
    expect(await bookingsAt(locationId)).toMatchObject([
      { reference, status: 'active', starts_at: new Date(LATER_SLOT) },
    ])

    await page.getByRole('link', { name: 'Afspraak afzeggen' }).click()
    await page.waitForURL('**/annuleren')
    await page.getByRole('button', { name: 'Ja, afzeggen' }).click()
    await page.getByText('Deze afspraak is afgezegd.').waitFor()
    expect(await bookingsAt(locationId)).toMatchObject([
      { reference, status: 'cancelled', cancelled_by: 'client' },
    ])
  }

  test('with JavaScript: the times load in place, then book, move and cancel; nothing goes to a third party', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { context, page } = await openPage()
    const requests = recordRequests(context)

    const reference = await book(page, point.slug, { javaScript: true })
    expect(await bookingsAt(point.id)).toEqual([
      {
        reference,
        status: 'active',
        starts_at: new Date(FIRST_SLOT),
        cancelled_by: null,
        name: 'A.K.',
        language: 'ti',
        email: 'ak@example.org',
      },
    ])
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Zet in mijn agenda' }).click(),
    ])
    const calendar = readFileSync((await download.path())!, 'utf8')
    expect(calendar).toContain('BEGIN:VEVENT')
    expect(calendar).toMatch(/DTSTART[^:]*:20261201T1300|DTSTART:20261201T120000Z/)
    await moveThenCancel(page, point.id, reference)

    // The recording saw the page's own script, so an empty list below means something.
    expect(requests.some((url) => url.includes('htmx'))).toBe(true)
    expect(thirdParty(requests, served.origin)).toEqual([])
    await context.close()
  })

  test('without JavaScript: every step is a normal page, and book, move and cancel still work', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { context, page } = await openPage({ javaScript: false })
    const requests = recordRequests(context)

    const reference = await book(page, point.slug, { javaScript: false })
    expect(await bookingsAt(point.id)).toMatchObject([
      { reference, status: 'active', starts_at: new Date(FIRST_SLOT) },
    ])
    await moveThenCancel(page, point.id, reference)

    expect(requests.some((url) => url.includes('/afspraak/gegevens'))).toBe(true)
    expect(thirdParty(requests, served.origin)).toEqual([])
    await context.close()
  })

  test.each([true, false])(
    'in Arabic (JavaScript %s): book, download the .ics and cancel, right to left',
    async (javaScript) => {
      const t = catalogs.ar
      const point = await createSupportPoint(db, { hours: HOURS })
      const context = await browser.newContext({
        viewport: PHONE,
        locale: 'ar',
        javaScriptEnabled: javaScript,
      })
      const page = await context.newPage()
      const shot = (name: string) => screenshot(page, `ar-${javaScript ? 'js' : 'nojs'}-${name}`)
      await page.goto(`${served.origin}/steunpunt/${point.slug}?lang=ar`)
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
      await page.getByRole('link', { name: t.bookCta }).click()
      await page.locator('.days a').first().click()
      await page.locator('#slots a.slot').first().waitFor()
      await shot('times')
      await page.locator('#slots a.slot').first().click()
      await page.waitForURL('**/afspraak/gegevens?start=*')
      await page.locator('#name').fill('م. ع.')
      await page.locator('#language').selectOption('ar')
      await shot('form')
      await page.getByRole('button', { name: t.confirmBooking }).click()
      await page.waitForURL(/\/b\/[^/?]+\?nieuw=1$/)
      await page.getByRole('heading', { name: t.bookingConfirmedTitle }).waitFor()
      await shot('confirmation')
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: t.addToCalendar }).click(),
      ])
      expect(readFileSync((await download.path())!, 'utf8')).toContain('BEGIN:VEVENT')
      await page.getByRole('link', { name: t.cancelBooking }).click()
      await page.getByRole('button', { name: t.cancelConfirmYes }).click()
      await page.getByText(t.bookingCancelled).waitFor()
      expect(await bookingsAt(point.id)).toMatchObject([
        { status: 'cancelled', cancelled_by: 'client', language: 'ar' },
      ])
      await context.close()
    },
  )

  test('on a slow phone the button says it is busy, and a double tap books once', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { context, page } = await openPage()
    await page.goto(
      `${served.origin}/steunpunt/${point.slug}/afspraak/gegevens?start=${encodeURIComponent(FIRST_SLOT)}`,
    )
    await page.getByLabel('Naam of initialen').fill('B.')
    await page.getByRole('radio', { name: 'Nee' }).check()
    // Two taps in a row, before the answer can come: the second sends nothing.
    const seen = (await page.evaluate(`(() => {
      const form = document.querySelector('form.booking-form')
      const button = form.querySelector('button[type=submit]')
      const events = []
      document.addEventListener('submit', (event) => events.push(event.defaultPrevented))
      form.requestSubmit()
      const label = button.textContent
      const busy = button.getAttribute('aria-disabled')
      form.requestSubmit()
      return { label, busy, events }
    })()`)) as { label: string; busy: string; events: boolean[] }
    expect(seen.label).toBe(catalogs.nl.confirmBookingBusy)
    expect(seen.busy).toBe('true')
    expect(seen.events).toEqual([false, true])
    await page.waitForURL(/\/b\/[^/?]+\?nieuw=1$/)
    expect((await bookingsAt(point.id)).length).toBe(1)
    await context.close()
  })

  test('with the keyboard only: Tab and Enter reach a day, a time and the form', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { context, page } = await openPage()
    await page.goto(`${served.origin}/steunpunt/${point.slug}/afspraak`)

    const focused = () =>
      page.evaluate<{ tag: string; id: string; text: string }>(
        `(() => { const el = document.activeElement; return { tag: el.tagName, id: el.id, text: el.textContent ?? '' } })()`,
      )
    /** Presses Tab until the focused element matches, at most `limit` times. */
    async function tabTo(
      matches: (el: { tag: string; id: string; text: string }) => boolean,
      limit = 40,
    ) {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab')
        if (matches(await focused())) return
      }
      throw new Error(
        `Tab did not reach the element; focus is on ${JSON.stringify(await focused())}`,
      )
    }

    await tabTo((el) => el.tag === 'A' && el.text.includes(DAY_LABEL))
    await page.keyboard.press('Enter')
    await page.waitForURL(`**?dag=${DAY}`)
    // After the swap, focus moves to the new times so keyboard users are not left behind.
    await page.waitForFunction(`document.activeElement?.id === 'slots-heading'`)

    await tabTo((el) => el.tag === 'A' && el.text.includes('13:00–13:30'))
    await page.keyboard.press('Enter')
    await page.waitForURL('**/afspraak/gegevens?start=*')

    await tabTo((el) => el.id === 'name')
    await page.keyboard.type('K.B.')
    await page.keyboard.press('Tab')
    expect((await focused()).id).toBe('language')
    await page.keyboard.type('Neder')
    expect(await page.locator('#language').inputValue()).toBe('nl')
    // The interpreter group: Tab lands on the checked choice ("Nee"), an arrow picks "Ja".
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowDown')
    expect(await page.getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true)
    await tabTo((el) => el.id === 'email')
    await page.keyboard.type('kb@example.org')
    await page.keyboard.press('Enter')

    await page.waitForURL(/\/b\/[^/?]+\?nieuw=1$/)
    const reference = ((await page.locator('.reference').textContent()) ?? '').replace(' ', '')
    expect(await bookingsAt(point.id)).toEqual([
      {
        reference,
        status: 'active',
        starts_at: new Date(FIRST_SLOT),
        cancelled_by: null,
        name: 'K.B.',
        language: 'nl',
        email: 'kb@example.org',
      },
    ])
    await context.close()
  })

  test('bad input: the errors are summed up and linked, what was typed stays, nothing is booked', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { context, page } = await openPage()
    await page.goto(`${served.origin}/steunpunt/${point.slug}/afspraak?dag=${DAY}`)
    await screenshot(page, 'booking-day-list')
    await page.getByRole('link', { name: '13:00–13:30' }).click()
    await page.waitForURL('**/afspraak/gegevens?start=*')

    await page.getByLabel('Welke taal spreekt u?').selectOption('ar')
    await page.getByLabel('E-mail (niet verplicht)').fill('geen-adres')
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Afspraak bevestigen' }).click(),
    ])
    expect(response.status()).toBe(422)

    const summary = page.getByRole('alert')
    await summary.waitFor()
    expect(await summary.getByRole('link').count()).toBe(2)
    expect(
      await summary.getByRole('link', { name: /Naam of initialen/ }).getAttribute('href'),
    ).toBe('#name')
    expect(await summary.getByRole('link', { name: /E-mail/ }).getAttribute('href')).toBe('#email')
    expect(await page.getByLabel('E-mail (niet verplicht)').inputValue()).toBe('geen-adres')
    expect(await page.getByLabel('Welke taal spreekt u?').inputValue()).toBe('ar')
    expect(await page.getByLabel('Naam of initialen').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#email-error').textContent()).toContain('Dit e-mailadres klopt niet')
    // The summary takes focus, so a screen reader reads it at once.
    expect(await page.evaluate(`document.activeElement?.getAttribute('role')`)).toBe('alert')
    await screenshot(page, 'booking-form-errors')

    expect(await bookingsAt(point.id)).toEqual([])
    await context.close()
  })

  describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
    /** Runs axe on the page as it is now; CSP is bypassed in this context to inject it. */
    const violations = axeViolations

    /** Visits each page (the callback brings the browser there) and collects what axe finds. */
    async function audit(
      page: Page,
      steps: Array<[name: string, go: () => Promise<unknown>]>,
    ): Promise<string[]> {
      const found: string[] = []
      for (const [name, go] of steps) {
        await go()
        for (const v of await violations(page)) {
          found.push(`${name}: ${v.id} (${v.impact}) at ${v.targets.join(' | ')}`)
        }
      }
      return found
    }

    test.each(['nl', 'en', 'ar', 'fa', 'ti'] as const)(
      'in %s: no violations on any public page, and the open language menu fits 360 px',
      async (lang) => {
        const t = catalogs[lang]
        // A point with everything a client reads from staff: a typed closure, directions, a phone.
        const point = await createSupportPoint(db, {
          hours: HOURS,
          closures: [{ startDate: '2026-12-08', endDate: '2026-12-08', reason: 'Teamdag' }],
        })
        await db
          .updateTable('locations')
          .set({ directions: '7 minuten lopen vanaf het station.', phone: '030 123 45 67' })
          .where('id', '=', point.id)
          .execute()
        const { context, page } = await openPage({ bypassCSP: true })
        const at = (path: string) =>
          page.goto(`${served.origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`)
        const base = `/steunpunt/${point.slug}`
        const submit = () =>
          Promise.all([
            page.waitForLoadState(),
            page.locator('form.booking-form button[type=submit]').click(),
          ])
        let manage = ''
        const found = await audit(page, [
          [
            'home',
            async () => {
              await at('/')
              expect(await page.locator('html').getAttribute('lang')).toBe(lang)
              await screenshot(page, `home-${lang}`)
            },
          ],
          [
            'language menu open',
            async () => {
              await page.locator('.language-switch summary').click()
              await screenshot(page, `menu-open-${lang}`)
              // Every language of the open menu is on the screen, none cut off at either side.
              const edges = await page
                .locator('.language-switch a')
                .evaluateAll((links) =>
                  links.map((a) => [
                    a.getBoundingClientRect().left,
                    a.getBoundingClientRect().right,
                  ]),
                )
              expect(edges).toHaveLength(LOCALES.length)
              for (const [left, right] of edges) {
                expect(left).toBeGreaterThanOrEqual(0)
                expect(right).toBeLessThanOrEqual(PHONE.width)
              }
            },
          ],
          ['search with nearest points', () => at('/?q=Zeist')],
          ['support point', () => at(base)],
          ['region', () => at(`/regio/${point.region.slug}`)],
          ['day list with a closed day', () => at(`${base}/afspraak`)],
          ['day list with a day', () => at(`${base}/afspraak?dag=${DAY}`)],
          [
            'form',
            async () => {
              await page.locator('#slots a.slot').first().click()
              await page.waitForURL('**/afspraak/gegevens?start=*')
            },
          ],
          [
            'form with errors',
            async () => {
              await page.locator('#email').fill('geen-adres')
              await submit()
              await page.getByRole('alert').waitFor()
            },
          ],
          [
            'confirmation',
            async () => {
              await page.locator('#name').fill('Axe Test')
              await page.locator('#email').fill('')
              await page.locator('#language').selectOption('fa')
              await submit()
              await page.waitForURL(/\/b\/[^/?]+\?nieuw=1$/)
              manage = new URL(page.url()).pathname
              await screenshot(page, `confirmation-${lang}`)
            },
          ],
          ['card to print', () => at(`${manage}/kaart`)],
          ['find my appointment', () => at('/afspraak-terugvinden')],
          ['move', () => at(`${manage}/verzetten?dag=${DAY}`)],
          ['cancel confirmation', () => at(`${manage}/annuleren`)],
          [
            'cancelled booking',
            async () => {
              await page.locator('form[action$="/annuleren"] button[type=submit]').click()
              await page.getByRole('heading', { name: t.bookingCancelled }).waitFor()
            },
          ],
          ['privacy', () => at('/privacy')],
          ['not found', () => at('/steunpunt/bestaat-niet')],
        ])
        await context.close()
        expect(found, found.join('\n')).toEqual([])
      },
      // Seventeen pages with axe on a busy 2-core machine.
      120_000,
    )
  })

  test('the language menu is one line at phone width and opens without JavaScript', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { context, page } = await openPage({ javaScript: false })
    await page.goto(`${served.origin}/steunpunt/${point.slug}/afspraak?lang=ar`)
    const height = () =>
      page.evaluate<number>(`document.querySelector('.site-header').getBoundingClientRect().height`)
    const closed = await height()
    // One row of 44 px targets plus padding, where the list across the header took 208.
    expect(closed).toBeLessThan(80)
    // A late font (Ethiopic, Arabic) makes the names wider or narrower; opening the menu
    // lays the list over the page. Neither moves what is below the header.
    await page.click('.language-switch summary')
    for (const spacing of ['0.4em', '-0.05em']) {
      await page.evaluate(
        `document.querySelectorAll('.language-switch a').forEach((a) => { a.style.letterSpacing = '${spacing}' })`,
      )
      expect(await height(), `letter-spacing ${spacing}`).toBe(closed)
    }
    await page.click('.language-switch a[hreflang="ti"]')
    expect(await page.getAttribute('html', 'lang')).toBe('ti')
    await context.close()
  })

  test('Tigrinya is drawn in an Ethiopic font, fetched only by pages that need it', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { context, page } = await openPage()
    const fonts: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fonts.push(request.url())
    })
    await page.goto(`${served.origin}/steunpunt/${point.slug}?lang=nl`)
    await page.waitForLoadState('networkidle')
    expect(fonts).toEqual([])
    await page.goto(`${served.origin}/steunpunt/${point.slug}?lang=ti`)
    await page.waitForLoadState('networkidle')
    await page.evaluate('document.fonts.ready')
    expect(fonts).toHaveLength(1)
    // Which font drew the letters: without the bundled one this machine draws some of
    // them in DejaVu Sans and the rest as boxes.
    const cdp = await context.newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    for (const selector of ['h2', '.language-switch summary span', 'main p']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      const ethiopic = used.filter((font) => font.familyName.includes('Ethiopic'))
      expect(ethiopic.length, selector).toBeGreaterThan(0)
      // Every glyph but the spaces comes from an Ethiopic face.
      const others = used.filter((font) => !font.familyName.includes('Ethiopic'))
      const text = await page.textContent(selector)
      const spaces = (text ?? '').replace(/[^\s\d:–.,a-zA-Z-]/g, '').length
      expect(
        others.reduce((sum, font) => sum + font.glyphCount, 0),
        selector,
      ).toBeLessThanOrEqual(spaces)
    }
    await context.close()
  })

  test('in Arabic, a Dutch address and directions keep their order on screen', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    await db
      .updateTable('locations')
      .set({
        postal_code: '3521 BH',
        municipality: 'Utrecht',
        directions: '7 minuten lopen vanaf Utrecht Centraal.',
      })
      .where('id', '=', point.id)
      .execute()
    const { context, page } = await openPage()
    await page.goto(`${served.origin}/steunpunt/${point.slug}?lang=ar`)
    // Where on screen a piece of a text node is drawn: its left edge in pixels.
    const leftOf = (selector: string, piece: string, from: 'first' | 'last' = 'first') =>
      page.evaluate<number>(`(() => {
        const walker = document.createTreeWalker(document.querySelector(${JSON.stringify(selector)}), NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent
          const at = ${from === 'first' ? 'text.indexOf' : 'text.lastIndexOf'}(${JSON.stringify(piece)})
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + ${piece.length})
          return range.getBoundingClientRect().left
        }
        return NaN
      })()`)
    expect(await leftOf('address', '3521')).toBeLessThan(await leftOf('address', 'Utrecht'))
    expect(await leftOf('address', 'BH')).toBeLessThan(await leftOf('address', 'Utrecht'))
    const directions = 'p[lang="nl"]'
    expect(await leftOf(directions, '7')).toBeLessThan(await leftOf(directions, 'minuten'))
    expect(await leftOf(directions, '.', 'last')).toBeGreaterThan(
      await leftOf(directions, 'Centraal'),
    )
    await context.close()
  })

  test('screenshots of the main steps, for people to look at', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { context, page } = await openPage()
    await page.goto(`${served.origin}/`)
    await screenshot(page, 'home')
    await page.goto(`${served.origin}/steunpunt/${point.slug}/afspraak`)
    await screenshot(page, 'booking-days')
    await chooseDay(page)
    await page.getByRole('link', { name: '13:00–13:30' }).waitFor()
    await screenshot(page, 'booking-times')
    await page.getByRole('link', { name: '13:00–13:30' }).click()
    await page.waitForURL('**/afspraak/gegevens?start=*')
    await screenshot(page, 'booking-form')
    await page.getByLabel('Naam of initialen').fill('S.C.')
    await page.getByLabel('Welke taal spreekt u?').selectOption('so')
    await page.getByRole('button', { name: 'Afspraak bevestigen' }).click()
    await page.waitForURL(/\/b\/[^/?]+\?nieuw=1$/)
    await screenshot(page, 'confirmation')
    await page.getByRole('link', { name: 'Afspraak afzeggen' }).click()
    await page.waitForURL('**/annuleren')
    await screenshot(page, 'cancel-confirmation')
    await context.close()
    expect(await bookingsAt(point.id)).toHaveLength(1)
  })
})
