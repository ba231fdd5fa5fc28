import { chromium, type Browser } from 'playwright-core'

/** Debian's headless Chromium, never a downloaded browser: for the e2e tests and the cold-start bench. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}
