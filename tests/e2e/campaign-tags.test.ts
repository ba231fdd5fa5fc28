import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../electron/core/dates'
import { supervisionOf } from '../core/campaigns/tagged-fixture'
import { caseIn, smallLedger } from '../core/cases/fixtures'
import { pickShown } from './cases-helpers'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, tableRows } from './ui'

const ui = useUi()
const SLOW = { timeout: 15_000 }
const CAMPAIGN = '冬春火灾防控'

/** The row count a list page shows under its table (共 n 条). */
const total = (page: Page, table: string) => byTest(page, table).locator('.n-pagination-prefix').innerText()

describe('专项行动 tags and filters on the record lists', () => {
  it('tags an inspection from its row and a document from its preview, and every list narrows to the campaign', { timeout: 120_000 }, async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    await page.setViewportSize({ width: 1366, height: 768 })
    const ledger = await smallLedger(app)
    const campaign = await app.call('campaigns/create', { name: CAMPAIGN, year: 2024, startDate: '2024-01-01' })
    await app.call('campaigns/create', { name: '电动自行车专项整治', year: 2024, startDate: '2024-02-01' })
    const major = await caseIn(app, 'rectifying', { subjectId: ledger.factory.id, severity: 'major', description: '车间与员工宿舍设置在同一建筑内' })
    await caseIn(app, 'registered', { subjectId: ledger.shop.id })
    for (const subjectId of [ledger.shop.id, ledger.factory.id]) {
      await app.call('cases/createInspection', { subjectId, date: '2024-03-01', source: 'routine', inspectors: '王强', hazards: [] })
    }
    const person = { name: '陈晓东', unit: '乐清市鑫达电气有限公司', post: '法定代表人', phone: '' }
    const interview = { kind: 'warning' as const, interviewees: [person], interviewers: '镇消安委办', plannedAt: '2024-03-06T09:00', place: '镇政府', reason: '重大火灾隐患整改不力' }
    const tagged = await app.call('interviews/create', { ...interview, subjectId: ledger.factory.id })
    await app.call('interviews/create', { ...interview, subjectId: ledger.shop.id })
    const today = new Date().toISOString().slice(0, 10)
    const supervision = await app.call('supervisions/create', supervisionOf(major.id, addDays(today, 30), addDays(today, 45)))
    for (const [entity, id] of [['case', major.id], ['interview', tagged.id], ['supervision', supervision.id]] as const) {
      await app.call('campaigns/tag', { campaignId: campaign.id, entity, ids: [id] })
    }

    // 检查记录: the factory's visit is tagged from its row; the list narrowed to the campaign keeps it alone
    await open('/inspections')
    await expect.poll(() => tableRows(page, 'inspections-table').count(), SLOW).toBe(2)
    const factoryRow = tableRows(page, 'inspections-table').filter({ hasText: '鑫达' })
    await pickShown(page, factoryRow.locator('[data-test=campaign-tag]'), CAMPAIGN)
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe(`已标记为「${CAMPAIGN}」`)
    await pickShown(page, byTest(page, 'filter-campaign'), CAMPAIGN)
    await expect.poll(() => tableRows(page, 'inspections-table').count(), SLOW).toBe(1)
    expect(await tableRows(page, 'inspections-table').innerText()).toContain('鑫达')
    expect(decodeURIComponent(page.url())).toContain(`"campaignId":"${campaign.id}"`)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'inspections-campaign.png') })

    // 文书登记: the notice of the major hazard is tagged from its preview
    await open('/documents')
    const notice = (await app.call('documents/list', { caseId: major.id })).rows[0]
    await tableRows(page, 'register-table').first().waitFor(SLOW)
    await tableRows(page, 'register-table').filter({ hasText: notice?.number ?? '' }).locator('[data-test=register-preview]').click()
    await pickShown(page, byTest(page, 'document-viewer').locator('[data-test=campaign-tag]'), CAMPAIGN)
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe(`已标记为「${CAMPAIGN}」`)
    await page.keyboard.press('Escape')
    await pickShown(page, byTest(page, 'filter-campaign'), CAMPAIGN)
    await expect.poll(() => total(page, 'register-table'), SLOW).toBe('共 1 条')
    expect(await tableRows(page, 'register-table').innerText()).toContain(notice?.number ?? '')

    // 约谈, 挂牌督办 and the ledger each narrow to the campaign from their own filter
    for (const [path, table, all] of [['/interviews', 'interviews-table', 2], ['/supervisions', 'supervisions-table', 1], ['/cases', 'cases-table', 2]] as const) {
      await open(path)
      await expect.poll(() => tableRows(page, table).count(), SLOW).toBe(all)
      await pickShown(page, byTest(page, 'filter-campaign'), CAMPAIGN)
      await expect.poll(() => total(page, table), SLOW).toBe('共 1 条')
      expect(await tableRows(page, table).innerText()).toContain('鑫达')
      await pickShown(page, byTest(page, 'filter-campaign'), '电动自行车专项整治')
      await expect.poll(() => tableRows(page, table).count(), SLOW).toBe(0)
    }
  })
})
