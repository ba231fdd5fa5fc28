import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { SCREENSHOT_DIR } from './support'

/** The small screens offices still have: a 14-inch laptop and an old projector or monitor. */
export const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}
interface Probe {
  innerWidth: number
  innerHeight: number
  document: {
    querySelectorAll(selector: string): ArrayLike<ProbeElement>
    createRange(): { selectNodeContents(node: ProbeElement): void; getClientRects(): ArrayLike<Box> }
  }
}
interface ProbeElement {
  getBoundingClientRect(): Box & { width: number; height: number }
  getClientRects(): ArrayLike<unknown>
  querySelectorAll(selector: string): ArrayLike<ProbeElement>
  closest(selector: string): ProbeElement | null
  getAttribute(name: string): string | null
  scrollWidth: number
  clientWidth: number
  scrollHeight: number
  clientHeight: number
  textContent: string | null
}

/**
 * What does not fit: for every table shown, its last header cell must end inside the table's own
 * box and inside the window (a scrolling table keeps it there by fixing the action column to the
 * right); the page itself must not be wider than its pane; a dialog must stand inside the window,
 * its content no wider than the dialog, and a dialog's or drawer's buttons above the window's bottom.
 */
export async function clipped(page: Page, wide: boolean): Promise<string[]> {
  return page.evaluate((wide) => {
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
      // On a 1366 screen no column may lie under the one fixed at the table's right (操作) at its first
      // view; narrower, the table scrolls sideways under it, as designed.
      const fixed = heads.find((h) => (h.getAttribute('class') ?? '').includes('n-data-table-th--fixed-right'))
      if (!fixed || !wide) continue
      const fixedLeft = fixed.getBoundingClientRect().left
      for (const h of heads) {
        if (h === fixed || (h.getAttribute('class') ?? '').includes('--fixed-')) continue
        const r = h.getBoundingClientRect()
        if (r.width > 0 && r.right > fixedLeft + 1) found.push(`${table.getAttribute('data-test') ?? 'table'}「${(h.textContent ?? '').trim()}」 lies under the fixed「${(fixed.textContent ?? '').trim()}」`)
      }
    }
    for (const pane of Array.from(w.document.querySelectorAll('.content > .n-layout-scroll-container, .n-drawer-body-content-wrapper'))) {
      if (pane.scrollWidth > pane.clientWidth + 1) found.push(`the page is ${pane.scrollWidth} wide in a pane of ${pane.clientWidth}`)
    }
    for (const modal of Array.from(w.document.querySelectorAll('.n-modal'))) {
      const box = modal.getBoundingClientRect()
      if (box.width === 0) continue
      if (box.left < -1 || box.right > w.innerWidth + 1) found.push(`a dialog spans ${Math.round(box.left)}–${Math.round(box.right)} in a window of ${w.innerWidth}`)
      for (const body of Array.from(modal.querySelectorAll('.n-card__content'))) {
        if (body.scrollWidth > body.clientWidth + 1) found.push(`a dialog's content is ${body.scrollWidth} wide in ${body.clientWidth}`)
      }
    }
    for (const buttons of Array.from(w.document.querySelectorAll('.n-modal .n-card__footer, .n-drawer-footer'))) {
      const bottom = buttons.getBoundingClientRect().bottom
      if (bottom > w.innerHeight + 1) found.push(`the buttons of「${(buttons.textContent ?? '').trim()}」 end at ${Math.round(bottom)}, below the window (${w.innerHeight})`)
    }
    return found
  }, wide)
}

/**
 * Text that does not fit: a form label, a description's label or a dialog's or drawer's title that
 * wraps, a form label that overflows its box (squeezed by the field beside it); a table row taller than three lines (long text not cut to a line or two); text cut
 * short inside a cell with no tooltip (naive's ellipsis) or title to read it whole.
 */
export async function squeezed(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as Probe
    const found: string[] = []
    const text = (e: ProbeElement) => (e.textContent ?? '').trim().slice(0, 20)
    // The lines a text takes: its boxes, a new line where one starts below the middle of the last.
    const lines = (e: ProbeElement) => {
      const range = w.document.createRange()
      range.selectNodeContents(e)
      const boxes = Array.from(range.getClientRects()).filter((r) => r.bottom > r.top).sort((a, b) => a.top - b.top)
      let count = 0
      let middle = -Infinity
      for (const r of boxes) {
        if (r.top < middle) continue
        count++
        middle = (r.top + r.bottom) / 2
      }
      return count
    }
    for (const title of Array.from(w.document.querySelectorAll('.n-modal .n-card-header__main, .n-drawer-header__main, .n-descriptions-table-header, .n-descriptions-table-content__label'))) {
      if (lines(title) > 1) found.push(`title or label「${text(title)}」 wraps`)
    }
    for (const label of Array.from(w.document.querySelectorAll('.n-form-item-label__text'))) {
      const box = label.closest('.n-form-item-label')
      if (!box || box.getBoundingClientRect().width === 0) continue
      if (label.getClientRects().length > 1) found.push(`label「${text(label)}」 wraps`)
      else if (box.scrollWidth > box.clientWidth + 1) found.push(`label「${text(label)}」 is cut`)
    }
    for (const row of Array.from(w.document.querySelectorAll('.n-data-table-tbody .n-data-table-tr'))) {
      const height = row.getBoundingClientRect().height
      if (height > 96) found.push(`row「${text(row)}」 is ${Math.round(height)} px tall`)
    }
    for (const cell of Array.from(w.document.querySelectorAll('.n-data-table-tbody .n-data-table-td'))) {
      for (const inner of [cell, ...Array.from(cell.querySelectorAll('div, span'))]) {
        // A clamped line loses a whole line of text; a few pixels over are buttons taller than their line.
        const cut = inner.scrollWidth > inner.clientWidth + 1 || inner.scrollHeight > inner.clientHeight + 6
        if (cut && inner.clientWidth > 0 && !inner.closest('.n-ellipsis, [title], .n-data-table-td--fixed-right, .n-tag, .n-button')) found.push(`cell「${text(inner)}」 is cut with no tooltip (${inner.scrollWidth}×${inner.scrollHeight} in ${inner.clientWidth}×${inner.clientHeight})`)
      }
    }
    return [...new Set(found)]
  })
}

/** What a user sees once the page has settled: its problems at this size, and a screenshot. */
export async function look(page: Page, screen: (typeof SCREENS)[number], name: string): Promise<string[]> {
  await expect.poll(() => page.locator('.n-data-table-loading-wrapper, .n-spin-body').count(), { timeout: 15_000 }).toBe(0)
  // Lists arrive after the first paint; tables take their widths once their rows are in.
  await page.waitForTimeout(400)
  const at = `${screen.width}×${screen.height} ${name}`
  const problems = [...(await clipped(page, screen.width >= 1366)), ...(await squeezed(page))].map((p) => `${at}: ${p}`)
  await page.screenshot({ path: join(SCREENSHOT_DIR, `fit-${screen.width}-${name.replace(/[0-9A-Z]{26}/g, 'x').replace(/[/?=,]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'dashboard'}.png`), animations: 'disabled' })
  return problems
}

