import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { axeViolations, hasChromium, launchBrowser, serveApp } from '../support/browser.js'
import { openTestDatabase } from '../support/database.js'
import { createStaff, TEST_PASSWORD } from '../support/staff.js'

// A passkey registered and used in Chromium (issue 18; docs/decisions/0035-passkeys.md),
// with the browser's own virtual authenticator (DevTools protocol, WebAuthn domain) in
// place of a phone: public/passkey.js under the real CSP, the browser's WebAuthn, the
// server's checks.

const NOW = new Date('2026-11-30T08:00:00Z')

describe.skipIf(!hasChromium)('passkeys in the browser', () => {
  let db: Db
  let browser: Browser
  let served: Awaited<ReturnType<typeof serveApp>>

  beforeAll(async () => {
    ;[db, browser] = await Promise.all([openTestDatabase(), launchBrowser()])
    // WebAuthn wants a domain, and http is allowed for localhost only.
    served = await serveApp(db, { now: NOW, host: 'localhost' })
  })

  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await db?.destroy()
  })

  test('a counselor registers a passkey, then signs in with password and passkey', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
    page.on('pageerror', (e) => errors.push(e.message))
    const cdp = await context.newCDPSession(page)
    await cdp.send('WebAuthn.enable')
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    })

    const signInWithPassword = async () => {
      await page.goto(`${served.origin}/login`)
      await page.getByLabel('E-mailadres').fill(counselor.email)
      await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD)
      await page.getByRole('button', { name: 'Inloggen' }).click()
    }
    await signInWithPassword()
    await page.waitForURL(`${served.origin}/staff`)
    await page.goto(`${served.origin}/staff/tweestaps`)
    // The script shows the passkey form and hides the text for browsers without it.
    await expect.poll(() => page.locator('form[data-passkey-register]').isVisible()).toBe(true)
    await page.getByLabel('Naam van de nieuwe passkey').fill('Chromium')
    await page.getByRole('button', { name: 'Passkey registreren' }).click()
    await page.getByRole('heading', { name: 'Passkey geregistreerd' }).waitFor()
    expect(await page.locator('ul.recovery-codes li').count()).toBe(10)

    await context.clearCookies()
    await signInWithPassword()
    await page.getByRole('heading', { name: 'Code uit uw app' }).waitFor()
    await page.getByRole('button', { name: 'Inloggen met passkey' }).click()
    await page.waitForURL(`${served.origin}/staff`)
    await page.getByRole('heading', { level: 1 }).waitFor()

    const stored = await db
      .selectFrom('passkeys')
      .select(['name', 'last_used_at'])
      .where('staff_id', '=', counselor.id)
      .execute()
    expect(stored).toEqual([{ name: 'Chromium', last_used_at: NOW }])
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript the passkey forms stay hidden, a sentence says why, the app works', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    const context = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${served.origin}/login`)
    await page.getByLabel('E-mailadres').fill(counselor.email)
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${served.origin}/staff`)
    await page.goto(`${served.origin}/staff/tweestaps`)
    expect(await page.locator('form[data-passkey-register]').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Passkey registreren' }).count()).toBe(0)
    expect(await page.getByText('kan alleen met JavaScript').isVisible()).toBe(true)
    expect(await page.getByTestId('totp-secret').isVisible()).toBe(true)
    await context.close()
  })

  test('the setup page with its passkey form has no accessibility violations', async () => {
    const counselor = await createStaff(db, { role: 'counselor' })
    // axe-core is injected inline, which the CSP rightly blocks.
    const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${served.origin}/login`)
    await page.getByLabel('E-mailadres').fill(counselor.email)
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${served.origin}/staff`)
    await page.goto(`${served.origin}/staff/tweestaps`)
    await expect.poll(() => page.locator('form[data-passkey-register]').isVisible()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
