/**
 * What every e2e test shares: one headless Debian Chromium per file, a fresh harness on a
 * temporary data folder per test, and two guards checked after each test — no request may leave
 * 127.0.0.1, and the page may log no errors.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, ConsoleMessage, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import { startHarness, type Harness } from '../../electron/web/server'
import { launchBrowser } from './browser'

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-output/screenshots')

export interface UiSession {
  harness: Harness
  page: Page
  /** Requests to anywhere but 127.0.0.1, aborted and recorded. */
  blocked: string[]
  /** Console errors and uncaught exceptions of the page. */
  problems: string[]
  /** Opens the app at a route, e.g. '/subjects', and waits for the layout to load its data. */
  open(route?: string): Promise<void>
}

/**
 * The harness answers refused input with 4xx and the app shows the message; Chromium still logs
 * each such answer as a failed resource. Those, and only those, are expected.
 */
function isExpectedRefusal(m: ConsoleMessage): boolean {
  return /\/rpc\//.test(m.location().url) && /status of (400|403|404|409) /.test(m.text())
}

async function openSession(browser: Browser, dataDir: string): Promise<UiSession & { close(): Promise<void> }> {
  const harness = await startHarness({ dataDir, port: 0 })
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const blocked: string[] = []
  const problems: string[] = []
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (new URL(url).hostname === '127.0.0.1') return route.continue()
    blocked.push(url)
    return route.abort()
  })
  page.on('console', (m) => {
    if (m.type() === 'error' && !isExpectedRefusal(m)) problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  return {
    harness,
    page,
    blocked,
    problems,
    async open(route = '/') {
      await page.goto(`${harness.url}#${route}`)
      await page.locator('[data-test=operator]').waitFor()
    },
    async close() {
      await context.close()
      await harness.close()
    },
  }
}

/**
 * Registers the hooks of a test file and returns the current test's session. The data folder
 * has its first-run setup marked done, so the app opens where the test points, unless the test
 * is about the first run itself.
 */
export function useUi(opts: { firstRun?: boolean } = {}): () => UiSession {
  let browser: Browser | undefined
  let session: (UiSession & { close(): Promise<void> }) | undefined
  let dataDir = ''
  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'firedesk-e2e-'))
    if (!browser) throw new Error('browser did not start')
    session = await openSession(browser, dataDir)
    if (!opts.firstRun) await session.harness.app.call('settings/update', { setupDone: true })
  })
  afterEach(async () => {
    const s = session
    session = undefined
    try {
      expect(s?.blocked, 'requests that tried to leave 127.0.0.1').toEqual([])
      expect(s?.problems, 'errors in the page console').toEqual([])
    } finally {
      await s?.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
  return () => {
    if (!session) throw new Error('no UI session: call inside a test')
    return session
  }
}
