import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { addDays, formatDateZh } from '../../electron/core/dates'
import { messyLedger } from '../fixtures/import/ledger'
import { buildDocx } from '../fixtures/tasks/docx-builder'
import { SCREENSHOT_DIR, useUi } from './support'
import { openPrint, printedColumn, wordFile } from './print-view'
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

describe('打印 a list', () => {
  it('prints the ledger as filtered: the print view states the filter and holds exactly the rows shown, numbered; on paper only the paper', async () => {
    const { page, harness, open } = ui()
    await page.setViewportSize({ width: 1366, height: 768 })
    for (const name of ['柳黄头村', '长江村']) await harness.app.call('areas/create', { name })
    await harness.app.call('import/commit', { kind: 'cases', fileName: '台账.xlsx', dataBase64: (await messyLedger()).toString('base64'), skipInvalid: true })

    await open(`/cases?f=${encodeURIComponent(JSON.stringify({ overdue: true, sort: 'number', order: 'asc' }))}`)
    await expect.poll(() => tableRows(page, 'cases-table').count(), SLOW).toBe(2)
    const shown = await columnTexts(page, 'cases-table', 'number')
    const prints = await countPrints(page)

    expect(await openPrint(page, 'print-cases')).toEqual({ title: '逾期隐患清单', filter: '筛选条件：逾期：仅逾期' })
    expect(await printedColumn(page, 1)).toEqual(['1', '2'])
    expect(await printedColumn(page, 2)).toEqual(shown)
    expect((await printedColumn(page, 9)).every((s) => /^逾期\d+天$/.test(s))).toBe(true)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'print-overdue.png') })
    await page.emulateMedia({ media: 'print' })
    expect(await byTest(page, 'print-now').isVisible()).toBe(false)
    expect(await page.locator('[data-test="case-add"]').isVisible()).toBe(false)
    expect(await byTest(page, 'print-table').isVisible()).toBe(true)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'print-overdue-paper.png') })
    await page.emulateMedia({ media: 'screen' })

    await byTest(page, 'print-now').click()
    expect(await prints()).toBe(1)
    expect(await wordFile(page)).toMatch(/^逾期隐患清单_\d{8}\.docx$/)

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

  it('prints the units of a 报送 period that sent nothing without recording a 催报, which is its own button', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    await app.call('areas/create', { name: '长江村', sortOrder: 1 })
    await app.call('areas/create', { name: '黄河村', sortOrder: 2 })
    const today = app.ctx.clock.today()
    const due = addDays(today, -3)
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: addDays(today, -24) })
    const weekday = new Date(`${due}T00:00:00Z`).getUTCDay() || 7
    const rhythm = await app.call('reporting/createRhythm', { campaignId: campaign.id, name: '每周工作推进情况表', rhythm: `weekly:${weekday}`, startDate: campaign.startDate, remindDays: 1, graceDays: 1, ownerGroup: 'villages' })
    const key = (await app.call('reporting/overview', { rhythmId: rhythm.id })).periods.find((p) => p.due === due)?.key ?? ''
    const reminders = async () => (await app.call('reporting/draftChase', { rhythmId: rhythm.id, periodKey: key })).reminders.length

    await open(`/campaigns/${campaign.id}/reporting`)
    await byTest(page, `period-${key}`).click()
    await expect.poll(() => byTest(page, 'chase-units').innerText(), SLOW).toContain('黄河村')
    const head = await openPrint(page, 'print-chase')
    expect(head.title).toBe('未报送单位清单')
    expect(head.filter).toContain('报送事项：每周工作推进情况表')
    expect(await printedColumn(page, 2)).toEqual(['长江村', '黄河村'])
    expect(await printedColumn(page, 3)).toEqual(['漏报', '漏报'])
    expect(await wordFile(page)).toMatch(/^未报送单位清单_\d{8}\.docx$/)
    await byTest(page, 'print-close').click()
    expect(await reminders()).toBe(0)
    expect(await byTest(page, 'chase-history').count()).toBe(0)

    await byTest(page, 'chase-list').click()
    await expect.poll(() => byTest(page, 'chase-history').innerText(), SLOW).toContain('按名单催报 · 2')
    expect(await reminders()).toBe(1)
  })

  it('prints the 升级处理 list as filtered: the rung chosen, exactly the proposals shown', async () => {
    const { page, harness, open } = ui()
    for (const name of ['柳黄头村', '长江村']) await harness.app.call('areas/create', { name })
    await harness.app.call('import/commit', { kind: 'cases', fileName: '台账.xlsx', dataBase64: (await messyLedger()).toString('base64'), skipInvalid: true })
    await page.setViewportSize({ width: 1366, height: 768 })
    await open('/escalation')
    await byTest(page, 'proposal-rungs').locator('.n-radio-button').filter({ hasText: '通报' }).click()
    await expect.poll(async () => (await columnTexts(page, 'proposals-table', 'rung')).join(), SLOW).toEqual('通报,通报')
    const shown = await columnTexts(page, 'proposals-table', 'case')

    expect(await openPrint(page, 'print-proposals')).toEqual({ title: '通报建议清单', filter: '筛选条件：升级措施：通报' })
    expect(await printedColumn(page, 2)).toEqual(shown)
    expect(await printedColumn(page, 1)).toEqual(shown.map((_, i) => String(i + 1)))
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'print-proposals.png') })
    expect(await wordFile(page)).toMatch(/^通报建议清单_\d{8}\.docx$/)
  })

  it("prints a campaign's overdue tasks as the page shows them", async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    for (const name of ['长江村', '黄河村']) await app.call('areas/create', { name })
    const today = app.ctx.clock.today()
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: addDays(today, -60) })
    const by = (days: number) => `${formatDateZh(addDays(today, days))}前`
    const rows = [
      { header: true, cells: ['序号', '工作内容', '牵头单位', '配合单位', '时限'] },
      { cells: ['1', '全面排查电动自行车违规停放充电。', '各村（社区）', '', by(-10)] },
      { cells: ['2', '清理疏散通道堆放的杂物。', '各村（社区）', '', by(20)] },
      { cells: ['3', '整治“三合一”场所。', '各村（社区）', '', by(-2)] },
    ]
    await app.call('tasks/importCommit', { fileName: '任务清单.docx', dataBase64: buildDocx(['任务清单'], [rows]).toString('base64'), campaignId: campaign.id })

    await page.setViewportSize({ width: 1366, height: 768 })
    await open(`/campaigns/${campaign.id}`)
    await tableRows(page, 'tasks-table').first().waitFor(SLOW)
    await page.locator('.n-radio-button').filter({ hasText: /^逾期$/ }).click()
    await expect.poll(() => columnTexts(page, 'tasks-table', 'seq'), SLOW).toEqual(['1', '3'])

    expect(await openPrint(page, 'print-tasks')).toEqual({ title: '逾期任务清单', filter: '筛选条件：专项行动：冬春火灾防控；状态：逾期' })
    expect(await printedColumn(page, 2)).toEqual(['1', '3'])
    expect(await printedColumn(page, 7)).toEqual(['长江村、黄河村', '长江村、黄河村'])
    expect(await wordFile(page)).toMatch(/^逾期任务清单_\d{8}\.docx$/)
  })
})
