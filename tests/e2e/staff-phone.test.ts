import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import type { Role } from '../../src/db/schema.js'
import { hasChromium, launchBrowser, PHONE, serveApp } from '../support/browser.js'
import { bookDirect } from '../support/booking.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

/**
 * Volunteers book on phones (issue 19): every staff page a role can reach from its menu,
 * and the pages those link to, fits a 360 px screen without scrolling sideways. Tables
 * may scroll inside their own box; the page itself may not.
 */
const NOW = new Date('2026-11-30T08:00:00Z')
const HOURS = [{ weekday: 2, start: '13:00', end: '15:00', counselors: 3 }]
/** Enough to reach every kind of page without walking every day of the agenda. */
const MAX_PAGES = 40

describe.skipIf(!hasChromium)('staff pages on a phone', () => {
  let db: Db
  let browser: Browser
  let served: Awaited<ReturnType<typeof serveApp>>
  const people: Partial<Record<Role, string>> = {}

  beforeAll(async () => {
    ;[db, browser] = await Promise.all([openTestDatabase({ own: true }), launchBrowser()])
    served = await serveApp(db, { now: NOW })
    const point = await createSupportPoint(db, { hours: HOURS })
    const staff = {
      admin: await createStaff(db, { role: 'admin' }),
      coordinator: await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] }),
      counselor: await createStaff(db, { role: 'counselor', locationIds: [point.id] }),
      volunteer: await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] }),
    }
    for (const [role, member] of Object.entries(staff)) people[role as Role] = member.id
    // Bookings with long names and notes, by the volunteer and online, so lists are full.
    for (const [index, start] of ['2026-12-01T12:00:00Z', '2026-12-01T12:30:00Z'].entries()) {
      await bookDirect(db, {
        locationId: point.id,
        start,
        now: NOW,
        bookedBy: index === 0 ? staff.volunteer.id : null,
        details: {
          name: 'Abdulrahman Mohammed Al-Hashimi-Tesfamariam',
          note: 'Graag een tolk Tigrinya; komt met twee kinderen en een begeleider van de gemeente',
          email: 'een.heel.lang.adres.van.een.client@voorbeeld-organisatie.example.org',
        },
      })
    }
  })

  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await db?.destroy()
  })

  for (const role of ['volunteer', 'counselor', 'coordinator', 'admin'] as const) {
    test(`every page a ${role} reaches fits 360 px`, async () => {
      const { Cookie } = await signIn(db, people[role]!, NOW)
      const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL' })
      await context.addCookies([
        { name: 'sid', value: Cookie.slice('sid='.length), url: served.origin },
      ])
      const page = await context.newPage()
      const queue = ['/staff']
      const seen = new Set(queue)
      const tooWide: string[] = []
      const tooSmall: string[] = []
      while (queue.length > 0 && seen.size <= MAX_PAGES) {
        const path = queue.shift()!
        const res = await page.goto(`${served.origin}${path}`)
        if (!res || res.status() !== 200) continue
        if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) continue
        const width = await page.evaluate<number>('document.documentElement.scrollWidth')
        if (width > PHONE.width) {
          // Name what sticks out (a table's own box may scroll; the page may not).
          const culprits = await page.evaluate<string>(
            `[...document.querySelectorAll('body *')].filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > ${PHONE.width} + 1).slice(0, 3).map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ')`,
          )
          tooWide.push(`${path}: ${width} px (${culprits})`)
        }
        // Controls a thumb must hit are at least 44 px high (links inside a sentence are not
        // controls; a checkbox or radio is hit through its label).
        const small = await page.evaluate<string[]>(
          `[...document.querySelectorAll('button, select, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), nav a, label.choice')].filter((e) => e.offsetParent !== null && e.getBoundingClientRect().height < 44).slice(0, 3).map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().height) + 'px')`,
        )
        if (small.length > 0) tooSmall.push(`${path}: ${small.join(', ')}`)
        const links = await page.evaluate<string[]>(
          `[...document.querySelectorAll('main a[href^="/staff"], nav a[href^="/staff"]')].map((a) => a.getAttribute('href'))`,
        )
        for (const link of links) {
          // One agenda day stands for all; files are not pages.
          const key = link.replace(/([?&](dag|van|tot)=)[^&]*/g, '$1x')
          if (
            /\.(csv|ics)(\?|$)/.test(link) ||
            [...seen].some((s) => s.replace(/([?&](dag|van|tot)=)[^&]*/g, '$1x') === key)
          )
            continue
          seen.add(link)
          queue.push(link)
        }
      }
      await context.close()
      expect(seen.size, 'pages found').toBeGreaterThan(2)
      expect(tooWide, tooWide.join('\n')).toEqual([])
      expect(tooSmall, tooSmall.join('\n')).toEqual([])
    })
  }
})
