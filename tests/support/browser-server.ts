import { existsSync } from 'node:fs'
import { chromium, type BrowserServer } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'

/** Debian's Chromium; CI installs it, a fresh machine may not have it (the e2e tests skip). */
export const hasChromium = existsSync(CHROMIUM)

export const CHROMIUM_OPTIONS = {
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
}

/**
 * The run's one headless Chromium, started by the global setup (ADR 48): the browser test
 * files connect to it and open contexts of their own, instead of each starting a browser.
 * Null without Chromium.
 */
export async function launchBrowserServer(): Promise<BrowserServer | null> {
  if (!hasChromium) return null
  return chromium.launchServer(CHROMIUM_OPTIONS)
}
