/** Page helpers for naive-ui widgets, found by the data-test attributes the renderer sets. */
import type { Locator, Page } from 'playwright-core'

export const byTest = (page: Page, name: string): Locator => page.locator(`[data-test="${name}"]`)

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Opens an NSelect and clicks the option with exactly this label. */
export async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await select.click()
  const option = page.locator('.n-base-select-menu .n-base-select-option').filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
  await option.click()
  await option.waitFor({ state: 'hidden' })
}

/** The NFormItem that holds a control, and the message shown under it. */
export const formItemOf = (page: Page, control: Locator): Locator => page.locator('.n-form-item').filter({ has: control })
export const feedbackUnder = (page: Page, control: Locator): Locator =>
  formItemOf(page, control).locator('.n-form-item-feedback-wrapper')

/** Body rows of a data table (not the "empty" placeholder). */
export const tableRows = (page: Page, table: string): Locator => byTest(page, table).locator('tbody tr.n-data-table-tr')

/** The text of one column in every body row, in display order. */
export async function columnTexts(page: Page, table: string, column: string): Promise<string[]> {
  return byTest(page, table).locator(`tbody td[data-col-key="${column}"]`).allInnerTexts()
}

/** Answers 放弃修改 when closing a changed form asks whether to throw the changes away. */
export async function discardChanges(page: Page): Promise<void> {
  const ask = page.locator('.n-dialog').filter({ hasText: '放弃修改？' })
  await ask.getByRole('button', { name: '放弃修改' }).click()
  await ask.waitFor({ state: 'hidden' })
}

/** The most recent toast's text. */
export const lastToast = (page: Page): Locator => page.locator('.n-message').last()

/*
 * The few browser types the glyph probe uses: these tests compile for Node, without the DOM lib,
 * and the probe runs inside the page.
 */
interface ProbeContext {
  font: string
  textBaseline: string
  fillText(text: string, x: number, y: number): void
  getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> }
}
interface ProbeWindow {
  document: {
    body: object
    createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): ProbeContext | null }
  }
  getComputedStyle(el: object): { fontFamily: string }
}

/**
 * True when distinct Chinese characters draw distinct glyphs in the page's own font. Without a CJK
 * font every one of them is the same "tofu" box, while text assertions would still pass.
 */
export async function cjkGlyphs(page: Page, sample = '消安督办台监管对象'): Promise<{ distinct: number; inked: number; total: number }> {
  return page.evaluate((chars) => {
    const w = globalThis as unknown as ProbeWindow
    const font = w.getComputedStyle(w.document.body).fontFamily
    // Inline callbacks only: a named helper here would be renamed by transpilers (keepNames).
    const drawn = [...chars].map((ch) => {
      const canvas = w.document.createElement('canvas')
      canvas.width = 48
      canvas.height = 48
      const g = canvas.getContext('2d')
      if (!g) return { key: '', ink: 0 }
      g.font = `36px ${font}`
      g.textBaseline = 'top'
      g.fillText(ch, 4, 4)
      const alpha = Array.from(g.getImageData(0, 0, 48, 48).data).filter((_, i) => i % 4 === 3)
      return { key: alpha.join(','), ink: alpha.filter((a) => a > 0).length }
    })
    return { distinct: new Set(drawn.map((d) => d.key)).size, inked: drawn.filter((d) => d.ink > 20).length, total: drawn.length }
  }, sample)
}

/** A file started with `start` and its 取消 pressed at once: the toast says so and nothing is saved. */
export async function cancelledDownload(page: Page, start: string): Promise<{ toast: string; saved: number }> {
  let saved = 0
  page.on('download', () => void saved++)
  await byTest(page, start).click()
  await byTest(page, `${start}-cancel`).click()
  await byTest(page, `${start}-cancel`).waitFor({ state: 'hidden' })
  return { toast: await lastToast(page).innerText(), saved }
}
