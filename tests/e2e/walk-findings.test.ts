import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { hasChromium, launchBrowser, PHONE, serveApp } from '../support/browser.js'
import { bookDirect } from '../support/booking.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

/**
 * What a walk through the product by hand found on a 360 px phone without JavaScript
 * (2026-12-07): text that broke in the middle of a time or a word in right-to-left and
 * Ge'ez lines, and a field the stylesheet did not reach.
 */

// Monday 30 November 2026, 11:45 in Amsterdam; the session runs 10:00–13:00.
const NOW = new Date('2026-11-30T10:45:00Z')

/**
 * On how many lines the first match of `pattern` is drawn, in each element `selector`
 * finds (0 where it does not occur). A string, as the project's types have no DOM.
 */
async function linesOf(page: Page, selector: string, pattern: RegExp): Promise<number[]> {
  return page.evaluate<number[]>(`(() => {
    const re = new RegExp(${JSON.stringify(pattern.source)})
    return [...document.querySelectorAll(${JSON.stringify(selector)})].map((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const match = re.exec(node.textContent)
        if (!match) continue
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const rects = [...range.getClientRects()].filter((r) => r.width > 0)
        return new Set(rects.map((r) => Math.round(r.top))).size
      }
      return 0
    })
  })()`)
}

describe.skipIf(!hasChromium)('found walking the product on a phone', () => {
  let db: Db
  let browser: Browser
  let served: Awaited<ReturnType<typeof serveApp>>
  let point: Awaited<ReturnType<typeof createSupportPoint>>

  beforeAll(async () => {
    ;[db, browser] = await Promise.all([openTestDatabase(), launchBrowser()])
    served = await serveApp(db, { now: NOW })
    point = await createSupportPoint(db, {
      hours: [
        { weekday: 1, start: '10:00', end: '13:00', counselors: 2 },
        { weekday: 3, start: '13:00', end: '16:00', counselors: 2 },
      ],
    })
  })

  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await db?.destroy()
  })

  async function phonePage(locale: string): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale })
    return context.newPage()
  }

  const moving = ['ar', 'fa', 'ti', 'en'] as const
  for (const [i, locale] of moving.entries()) {
    test(`${locale}: each "move to" button shows its time range on one line`, async () => {
      const { token } = await bookDirect(db, {
        locationId: point.id,
        // Wednesday 2 December, one booking a slot from 13:00
        start: new Date(Date.parse('2026-12-02T12:00:00Z') + i * 30 * 60_000),
        now: NOW,
        locale,
      })
      const page = await phonePage(locale)
      await page.goto(`${served.origin}/b/${token}/verzetten?dag=2026-12-07&lang=${locale}`)
      const buttons = page.locator('#slots form button')
      expect(await buttons.count()).toBeGreaterThan(1)
      const lines = await linesOf(page, '#slots form button', /\d\d:\d\d–\d\d:\d\d/)
      expect(lines).toEqual(lines.map(() => 1))
      await page.context().close()
    })
  }

  for (const locale of ['ar', 'fa']) {
    test(`${locale}: the booking form's privacy note keeps "V-nummer" whole`, async () => {
      const page = await phonePage(locale)
      const start = encodeURIComponent('2026-12-07T10:00:00+01:00')
      const response = await page.goto(
        `${served.origin}/steunpunt/${point.slug}/afspraak/gegevens?start=${start}&lang=${locale}`,
      )
      expect(response?.status()).toBe(200)
      const lines = await linesOf(page, 'main p', /V.nummer/)
      const found = lines.filter((n) => n > 0)
      expect(found.length).toBeGreaterThan(0)
      expect(found).toEqual(found.map(() => 1))
      await page.context().close()
    })
  }

  test('ar: the booking form counts its characters as Arabic does (80 حرفاً, 500 حرف)', async () => {
    const page = await phonePage('ar')
    const start = encodeURIComponent('2026-12-07T10:30:00+01:00')
    await page.goto(
      `${served.origin}/steunpunt/${point.slug}/afspraak/gegevens?start=${start}&lang=ar`,
    )
    const hints = await page.locator('main form').innerText()
    expect(hints).toContain('80 حرفاً على الأكثر.')
    expect(hints).toContain('500 حرف على الأكثر.')
    expect(hints).not.toContain('500 حرفاً')
    await page.context().close()
  })

  test('the walk-in desk: the name field is as wide and as tall as the other fields', async () => {
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const { Cookie } = await signIn(db, counselor.id, NOW)
    const page = await phonePage('nl')
    await page
      .context()
      .addCookies([{ name: 'sid', value: Cookie.slice('sid='.length), url: served.origin }])
    await page.goto(`${served.origin}/staff/balie/${point.slug}`)
    const name = await page.locator('#walk-in-name').boundingBox()
    const language = await page.locator('#walk-in-language').boundingBox()
    expect(name).not.toBeNull()
    expect(language).not.toBeNull()
    expect(name!.width).toBe(language!.width)
    expect(name!.height).toBeGreaterThanOrEqual(44)
    await page.context().close()
  })
  for (const [locale, typed, at] of [
    ['ar', '٠٦١٢٣٤٥٦٧٨', '2026-12-07T11:00:00+01:00'],
    ['fa', '۰۶۱۲۳۴۵۶۷۸', '2026-12-07T11:30:00+01:00'],
  ] as const) {
    test(`${locale}: a phone number in the keyboard's own digits books, stored as the same number`, async () => {
      const page = await phonePage(locale)
      await page.goto(
        `${served.origin}/steunpunt/${point.slug}/afspraak/gegevens?start=${encodeURIComponent(at)}&lang=${locale}`,
      )
      await page.locator('input[name=name]').fill('S.')
      await page.locator('input[name=phone]').fill(typed)
      await page.locator('form.booking-form button[type=submit]').click()
      await page.waitForURL(/\/b\/[^/]+\?nieuw=1/)
      const booked = await db
        .selectFrom('bookings')
        .select('phone')
        .where('location_id', '=', point.id)
        .where('starts_at', '=', new Date(at))
        .execute()
      expect(booked).toEqual([{ phone: '+31612345678' }])
      await page.context().close()
    })
  }
})
