import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../electron/core/dates'
import { messyLedger } from '../fixtures/import/ledger'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, cancelledDownload, columnTexts, tableRows } from './ui'

const ui = useUi()
const SLOW = { timeout: 15_000 }

/** window.print() opens a dialog the headless browser cannot show: count the calls instead. */
async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = globalThis as unknown as { prints: number; print: () => void }
    w.prints = 0
    w.print = () => void w.prints++
  })
  return () => page.evaluate(() => (globalThis as unknown as { prints: number }).prints)
}

const printedColumn = (page: Page, n: number) => byTest(page, 'print-table').locator(`tbody tr td:nth-child(${n})`).allInnerTexts()

describe('打印 a list', () => {
  it('prints the ledger as filtered: the print view states the filter and holds exactly the rows shown, numbered', async () => {
    const { page, harness, open } = ui()
    await page.setViewportSize({ width: 1366, height: 768 })
    for (const name of ['柳黄头村', '长江村']) await harness.app.call('areas/create', { name })
    await harness.app.call('import/commit', { kind: 'cases', fileName: '台账.xlsx', dataBase64: (await messyLedger()).toString('base64'), skipInvalid: true })

    await open(`/cases?f=${encodeURIComponent(JSON.stringify({ overdue: true, sort: 'number', order: 'asc' }))}`)
    await expect.poll(() => tableRows(page, 'cases-table').count(), SLOW).toBe(2)
    const shown = await columnTexts(page, 'cases-table', 'number')
    const prints = await countPrints(page)

    await byTest(page, 'print-cases').click()
    await byTest(page, 'print-view').waitFor()
    expect(await byTest(page, 'print-view').locator('h1').innerText()).toBe('逾期隐患清单')
    expect(await byTest(page, 'print-note').first().innerText()).toBe('筛选条件：逾期：仅逾期')
    expect(await printedColumn(page, 1)).toEqual(['1', '2'])
    expect(await printedColumn(page, 2)).toEqual(shown)
    expect((await printedColumn(page, 7)).every((s) => /^逾期\d+天$/.test(s))).toBe(true)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'print-overdue.png') })

    await byTest(page, 'print-now').click()
    expect(await prints()).toBe(1)
    const [download] = await Promise.all([page.waitForEvent('download'), byTest(page, 'print-word').click()])
    expect(download.suggestedFilename()).toMatch(/^逾期隐患清单_\d{8}\.docx$/)

    await page.keyboard.press('Escape')
    await byTest(page, 'print-view').waitFor({ state: 'detached' })
    expect(await tableRows(page, 'cases-table').count()).toBe(2)
  })

  it('stops the Word file of a whole ledger when 取消 is pressed, and saves nothing', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('demo/load', {})
    await open('/cases')
    await byTest(page, 'print-cases').click()
    await byTest(page, 'print-view').waitFor()
    expect(await cancelledDownload(page, 'print-word')).toEqual({ toast: '已取消导出', saved: 0 })
  })

  it('prints the units of a 报送 period that sent nothing, when 打印催报名单 records the reminder', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    await app.call('areas/create', { name: '长江村', sortOrder: 1 })
    await app.call('areas/create', { name: '黄河村', sortOrder: 2 })
    const today = app.ctx.clock.today()
    const due = addDays(today, -3)
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: addDays(today, -24) })
    const weekday = new Date(`${due}T00:00:00Z`).getUTCDay() || 7
    const rhythm = await app.call('reporting/createRhythm', { campaignId: campaign.id, name: '每周工作推进情况表', rhythm: `weekly:${weekday}`, remindDays: 1, graceDays: 1, ownerGroup: 'villages' })
    const key = (await app.call('reporting/overview', { rhythmId: rhythm.id })).periods.find((p) => p.due === due)?.key ?? ''

    await open(`/campaigns/${campaign.id}/reporting`)
    await byTest(page, `period-${key}`).click()
    await expect.poll(() => byTest(page, 'chase-units').innerText(), SLOW).toContain('黄河村')
    await byTest(page, 'chase-list').click()
    await byTest(page, 'print-view').waitFor(SLOW)
    expect(await byTest(page, 'print-view').locator('h1').innerText()).toBe('未报送单位清单')
    expect(await byTest(page, 'print-note').first().innerText()).toContain('报送事项：每周工作推进情况表')
    expect(await printedColumn(page, 2)).toEqual(['长江村', '黄河村'])
    expect(await printedColumn(page, 3)).toEqual(['漏报', '漏报'])
    await byTest(page, 'print-close').click()
    await byTest(page, 'chase-history').waitFor(SLOW)
  })
})
