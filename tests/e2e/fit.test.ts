import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, useUi } from './support'

const ui = useUi()

/** The small screens offices still have: a 14-inch laptop and an old projector or monitor. */
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const

/** Every page of the menu that lists records, and the case page (the widest detail). */
const PAGES = [
  '/',
  '/cases',
  '/escalation',
  '/interviews',
  '/supervisions',
  '/circulars',
  '/campaigns',
  '/responsible-units',
  '/subjects',
  '/inspections',
  '/revisits',
  '/inspectors',
  '/areas',
  '/documents',
  '/drafts',
  '/incidents',
  '/audit',
  '/settings/backup',
] as const

interface Box {
  left: number
  right: number
}
interface Probe {
  innerWidth: number
  document: { querySelectorAll(selector: string): ArrayLike<ProbeElement> }
}
interface ProbeElement {
  getBoundingClientRect(): Box & { width: number }
  querySelectorAll(selector: string): ArrayLike<ProbeElement>
  closest(selector: string): ProbeElement | null
  getAttribute(name: string): string | null
  scrollWidth: number
  clientWidth: number
  textContent: string | null
}

/**
 * What does not fit: for every table shown, its last header cell must end inside the table's own
 * box and inside the window (a scrolling table keeps it there by fixing the action column to the
 * right); and the page itself must not be wider than its pane.
 */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as Probe
    const found: string[] = []
    for (const table of Array.from(w.document.querySelectorAll('.n-data-table'))) {
      const box = table.getBoundingClientRect()
      if (box.width === 0) continue
      const heads = Array.from(table.querySelectorAll('thead th'))
      const last = heads[heads.length - 1]
      if (!last) continue
      const cell = last.getBoundingClientRect()
      const edge = Math.min(box.right, w.innerWidth)
      if (cell.right > edge + 1) found.push(`${table.getAttribute('data-test') ?? 'table'}「${(last.textContent ?? '').trim()}」 ends at ${Math.round(cell.right)} > ${Math.round(edge)}`)
    }
    for (const pane of Array.from(w.document.querySelectorAll('.content > .n-layout-scroll-container'))) {
      if (pane.scrollWidth > pane.clientWidth + 1) found.push(`the page is ${pane.scrollWidth} wide in a pane of ${pane.clientWidth}`)
    }
    return found
  })
}

describe('small screens', () => {
  it('cuts off no table and no page at 1366×768 and 1280×720', { timeout: 240_000 }, async () => {
    const { page, harness, open } = ui()
    await harness.app.call('settings/update', { operatorName: '王晓东' })
    await harness.app.call('demo/load', { subjects: 120, cases: 400 })
    const { rows } = await harness.app.call('cases/list', { overdue: true, pageSize: 1 })
    const problems: string[] = []
    for (const screen of SCREENS) {
      await page.setViewportSize(screen)
      for (const route of [...PAGES, `/cases/${rows[0]?.id ?? ''}`]) {
        await open(route)
        await expect.poll(() => page.locator('.n-data-table-loading-wrapper, .n-spin-body').count()).toBe(0)
        // Lists arrive after the first paint; tables take their widths once their rows are in.
        await page.waitForTimeout(400)
        for (const p of await clipped(page)) problems.push(`${screen.width}×${screen.height} ${route}: ${p}`)
        const name = route === '/' ? 'dashboard' : route.slice(1).replace(/\//g, '-').slice(0, 40)
        await page.screenshot({ path: join(SCREENSHOT_DIR, `fit-${screen.width}-${name}.png`), animations: 'disabled' })
      }
    }
    expect(problems).toEqual([])
  })
})
