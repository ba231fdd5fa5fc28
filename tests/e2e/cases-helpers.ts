/** Page helpers for the casework screens: dates relative to the harness's day, the dashboard's numbers, forms. */
import { crc32, deflateSync } from 'node:zlib'
import type { Locator, Page } from 'playwright-core'
import type { FiredeskApp } from '../../electron/core/app'
import type { Case, CaseCreate } from '../../electron/core/cases/schema'
import { byTest } from './ui'

/** An ISO day `days` after `iso` (negative: before), in UTC so no time zone shifts it. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** 2024-03-05 → 2024年3月5日, as the pages show dates. */
export const zhDate = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

/** The day the harness's core calls today (its clock is the real one). */
export const todayOf = (app: FiredeskApp): string => app.ctx.clock.today()

export type DashboardCounts = Record<'overdue' | 'dueWithin3' | 'dueWithin7' | 'awaitingRecheck' | 'openMajor' | 'open', number>

/** Every number of the dashboard's tiles, read from the page. */
export async function dashboardCounts(page: Page): Promise<DashboardCounts> {
  const read = async (key: keyof DashboardCounts) => Number(await byTest(page, `tile-${key}`).locator('[data-test=count]').innerText())
  return {
    overdue: await read('overdue'),
    dueWithin3: await read('dueWithin3'),
    dueWithin7: await read('dueWithin7'),
    awaitingRecheck: await read('awaitingRecheck'),
    openMajor: await read('openMajor'),
    open: await read('open'),
  }
}

/** Types a date into an NDatePicker and closes its panel by clicking the form's own label. */
export async function fillDate(page: Page, picker: Locator, iso: string): Promise<void> {
  const input = picker.locator('input')
  await input.click()
  await input.fill(iso)
  await input.press('Enter')
  await page.locator('.n-date-panel').waitFor({ state: 'hidden' })
}

/**
 * Opens an NSelect and clicks the option with exactly this label in the menu now shown: several
 * pickers of the same list (an inspection's hazards) leave their closed menus in the page.
 */
export async function pickShown(page: Page, select: Locator, label: string): Promise<void> {
  await select.click()
  const option = page.locator('.n-base-select-menu:visible .n-base-select-option').filter({ hasText: new RegExp(`^${label}$`) })
  await option.click()
  await option.waitFor({ state: 'hidden' })
}

/** Picks a unit in the remote SubjectPicker by typing part of its name. */
export async function pickSubject(page: Page, picker: Locator, typed: string, label: string): Promise<void> {
  await picker.click()
  await picker.locator('input').fill(typed)
  const option = page.locator('.n-base-select-menu .n-base-select-option').filter({ hasText: label })
  await option.click()
  await option.waitFor({ state: 'hidden' })
}

/** A hazard registered through the core, for tests that are about something else than the form. */
export async function registerCase(app: FiredeskApp, subjectName: string, fields: Partial<CaseCreate>): Promise<Case> {
  const [subject] = (await app.call('subjects/list', { text: subjectName })).rows
  if (!subject) throw new Error(`no subject ${subjectName}`)
  const today = todayOf(app)
  return app.call('cases/create', {
    subjectId: subject.id,
    foundDate: today,
    source: 'routine',
    inspectors: '王晓东',
    categoryId: 'cc01',
    description: '配电箱周边堆放纸箱等可燃物',
    requirement: '立即清理配电箱周边可燃物',
    deadline: addDays(today, 7),
    ...fields,
  })
}

/** The computed text colour of an element, e.g. rgb(208, 48, 80). */
export const colorOf = (el: Locator): Promise<string> =>
  el.evaluate((node) => (globalThis as unknown as { getComputedStyle(n: unknown): { color: string } }).getComputedStyle(node).color)

/** The case page's lifecycle buttons, in their order. */
export const actionButtons = (page: Page): Promise<string[]> => byTest(page, 'case-actions').locator('button').allInnerTexts()

/** Runs one lifecycle step from the case page: its button, its form (filled by `fill`), confirm. */
export async function runAction(page: Page, label: string, fill?: () => Promise<void>): Promise<void> {
  await byTest(page, 'case-actions').locator('button').filter({ hasText: new RegExp(`^${label}$`) }).click()
  await byTest(page, 'transition-dialog').waitFor()
  if (fill) await fill()
  await byTest(page, 'transition-confirm').click()
  await byTest(page, 'transition-dialog').waitFor({ state: 'hidden' })
}

/**
 * A small real PNG (a picture-like pattern of bands with a box in the middle), so the core's
 * sniffer sees an image and the page can draw its thumbnail.
 */
export function samplePng(width: number, height: number, band: [number, number, number], box: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows: number[] = []
  for (let y = 0; y < height; y++) {
    rows.push(0)
    for (let x = 0; x < width; x++) {
      const inBox = x > width / 3 && x < (2 * width) / 3 && y > height / 4 && y < (3 * height) / 4
      const shade = Math.floor(y / 8) % 2 === 0 ? 1 : 0.85
      const [r, g, b] = inBox ? box : band.map((c) => Math.round(c * shade))
      rows.push(r ?? 0, g ?? 0, b ?? 0)
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
