import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ReportSummary } from '../../electron/core/reports/schema'
import { monthStart } from '../../electron/core/dates'
import { quarterOf } from '../../electron/core/reports/period'
import { Docx, textOf } from '../core/documents/docx'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast } from './ui'

const ui = useUi()

/*
 * The page types of the probes that run inside the browser: these tests compile for Node,
 * without the DOM lib.
 */
interface ProbeCanvas {
  width: number
  height: number
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null
  getBoundingClientRect(): { left: number; top: number; width: number }
}

/** How much of a chart's canvas is drawn on, and how many distinct colours it uses. */
function ink(chart: Locator): Promise<{ inked: number; colours: number; total: number }> {
  return chart.locator('canvas').first().evaluate((el: unknown) => {
    const canvas = el as ProbeCanvas
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? []
    const colours = new Set<string>()
    let inked = 0
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) === 0) continue
      inked++
      colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`)
    }
    return { inked, colours: colours.size, total: canvas.width * canvas.height }
  })
}

/** The page position of the middle of the first bar drawn in a colour (the bars' exact fill). */
async function firstBar(chart: Locator, rgb: [number, number, number]): Promise<{ x: number; y: number } | null> {
  await chart.scrollIntoViewIfNeeded()
  return chart.locator('canvas').first().evaluate((el: unknown, [r, g, b]) => {
    const canvas = el as ProbeCanvas
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? []
    const box = canvas.getBoundingClientRect()
    const scale = canvas.width / box.width
    for (let x = 0; x < canvas.width; x++) {
      for (let y = canvas.height - 1; y >= 0; y--) {
        const i = (y * canvas.width + x) * 4
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) return { x: box.left + (x + 3) / scale, y: box.top + (y - 2) / scale }
      }
    }
    return null
  }, rgb)
}

async function downloadOf(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), byTest(page, button).click()])
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) }
}

/** The page scrolls inside the layout: a tall window shows it whole. */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 2300 })
  await page.mouse.move(1, 1)
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), animations: 'disabled' })
  await page.setViewportSize({ width: 1440, height: 900 })
}

describe('季度汇总', () => {
  it('shows the last quarter of the demo data with its charts, opens the cases behind the numbers, stops an export when asked, and exports both files', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('demo/load', {})
    // The page opens on the last finished quarter.
    const quarter = quarterOf(monthStart(harness.app.ctx.clock.today(), -3))
    const s: ReportSummary = await harness.app.call('reports/summary', { quarter })
    expect(s.current.found.count).toBeGreaterThan(0)

    await open('/reports')
    await byTest(page, 'reports').waitFor()
    await expect.poll(() => byTest(page, 'report-period').innerText()).toContain(s.period.label)
    const value = (key: string) => byTest(page, `figure-${key}`).locator('[data-test=value]').innerText()
    expect(await value('found')).toBe(String(s.current.found.count))
    expect(await value('closed')).toBe(String(s.current.closed.count))
    expect(await value('rate')).toBe(`${s.current.rate.percent?.toFixed(1)}%`)
    expect(await value('overdueAtEnd')).toBe(String(s.current.overdueAtEnd.count))
    expect(await byTest(page, 'report-source').innerText()).toContain(`台账共有隐患 ${s.source.cases} 条`)
    // Plain language first: the data file and the SQL only behind 口径与技术信息.
    expect(await byTest(page, 'reports').innerText()).not.toMatch(/firedesk\.db|查看SQL/)
    await byTest(page, 'report-technical').click()
    await expect.poll(() => byTest(page, 'report-source').innerText()).toContain('firedesk.db')
    expect(await byTest(page, 'reports').innerText()).toContain('查看SQL')
    await byTest(page, 'report-technical').click()

    for (const chart of ['area', 'category', 'trend', 'compare']) {
      const c = byTest(page, `chart-${chart}`)
      await c.locator('canvas').first().waitFor()
      await expect.poll(async () => (await ink(c)).colours, { message: chart }).toBeGreaterThan(20)
      const drawn = await ink(c)
      expect(drawn.inked / drawn.total, chart).toBeGreaterThan(0.02)
    }
    expect(await firstBar(byTest(page, 'chart-area'), [29, 100, 200])).not.toBeNull()
    await screenshotWhole(page, 'reports.png')

    // Overdue at the quarter's end is not a filter of the case list: its cases open beside the summary.
    await byTest(page, 'figure-overdueAtEnd').locator('[data-test=value]').click()
    const drawer = byTest(page, 'records-drawer')
    await expect.poll(() => drawer.locator('.n-drawer-header').innerText()).toBe(`${s.period.label} · 期末逾期未整改：${s.current.overdueAtEnd.count} 条`)
    await expect.poll(() => drawer.locator('tbody tr.n-data-table-tr').count()).toBe(Math.min(20, s.current.overdueAtEnd.count))
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'reports-records.png'), animations: 'disabled' })
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })

    // A month's bar of found hazards opens the case list with exactly that month's cases.
    const month = s.trend.find((m) => m.found.count > 0)
    const bar = await firstBar(byTest(page, 'chart-trend'), [29, 100, 200])
    expect(bar).not.toBeNull()
    await page.mouse.click(bar?.x ?? 0, bar?.y ?? 0)
    await expect.poll(() => byTest(page, 'cases-table').locator('.n-pagination-prefix').innerText()).toBe(`共 ${month?.found.count} 条`)
    await page.goBack()
    await byTest(page, 'figure-found').waitFor()

    // The Word file is drawn on the core's worker (the first one starts it, a second or more over the
    // whole ledger): the stage it is at is shown, 取消 stops it, and nothing is saved.
    await byTest(page, 'export-docx').click()
    await expect.poll(() => byTest(page, 'export-progress').innerText(), { timeout: 20_000 }).toBe('第2/3步：绘制图表')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'reports-export-progress.png'), animations: 'disabled' })
    await byTest(page, 'export-cancel').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已取消导出')
    await byTest(page, 'export-cancel').waitFor({ state: 'hidden' })

    const docx = await downloadOf(page, 'export-docx')
    expect(docx.name).toBe(`${s.period.label}工作情况汇总.docx`)
    await expect.poll(() => lastToast(page).innerText()).toBe(`已导出「${docx.name}」`)
    const text = textOf(new Docx(docx.bytes).document)
    expect(text).toContain(`${s.period.label}消防安全隐患排查整治工作情况汇总`)
    expect(text).toContain(`共发现消防安全隐患${s.current.found.count}处`)

    const xlsx = await downloadOf(page, 'export-xlsx')
    expect(xlsx.name).toBe(`${s.period.label}工作情况汇总.xlsx`)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
    expect(wb.getWorksheet('主要数据')?.getColumn(1).values).toContain('发现隐患')
    expect(wb.getWorksheet('隐患明细')?.rowCount).toBeGreaterThan(s.current.found.count)
  })

  it('summarises any period chosen by dates, kept in the address', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('demo/load', { subjects: 100, cases: 400 })
    const today = harness.app.ctx.clock.today()
    const from = `${Number(today.slice(0, 4)) - 1}-01-01`
    const to = `${Number(today.slice(0, 4)) - 1}-12-31`
    const s = await harness.app.call('reports/summary', { from, to })
    await open(`/reports?from=${from}&to=${to}`)
    await expect.poll(() => byTest(page, 'report-period').innerText()).toContain(`${Number(from.slice(0, 4))}年`)
    expect(await byTest(page, 'figure-found').locator('[data-test=value]').innerText()).toBe(String(s.current.found.count))
    expect(await byTest(page, 'period-range').locator('input').first().inputValue()).toBe(from)


    await byTest(page, 'figure-found').locator('[data-test=value]').click()
    await expect.poll(() => byTest(page, 'cases-table').locator('.n-pagination-prefix').innerText()).toBe(`共 ${s.current.found.count} 条`)
  })
})
