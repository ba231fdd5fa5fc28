import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { quarterOf } from '../../electron/core/reports/period'
import { addDays, fillDate, pickSubject, todayOf } from './cases-helpers'
import { seedRegister } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, pick, tableRows } from './ui'

const ui = useUi()
const shot = (name: string) => ({ path: join(SCREENSHOT_DIR, name), animations: 'disabled' as const })
const settled = (page: Page) => expect.poll(() => page.locator('.n-data-table-loading-wrapper, .n-form-item-feedback[class*=transition]').count()).toBe(0)

describe('field work: inspections, 回头看, the unit dossier', () => {
  it('registers an inspection that found nothing, with inspectors from the roster, and counts it in 检查率', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await harness.app.call('inspectors/create', { name: '王晓东', phone: '13805770001' })
    await harness.app.call('inspectors/create', { name: '李明' })

    await open('/inspections')
    await byTest(page, 'coverage-total').waitFor()
    expect(await byTest(page, 'coverage-total').innerText()).toMatch(/^检查率 0\.0%（检查单位 0 \/ 登记在册 \d+）/)
    await byTest(page, 'inspection-add').click()
    await pickSubject(page, byTest(page, 'inspection-subjectId'), '菜市场', '柳市镇中心菜市场（后街社区）')
    const inspectors = byTest(page, 'inspection-inspectors')
    for (const name of ['王晓东', '李明']) {
      await inspectors.click()
      await page.locator('.n-base-select-menu .n-base-select-option').filter({ hasText: new RegExp(`^${name}$`) }).click()
    }
    await byTest(page, 'inspection-none').click()
    await expect.poll(() => byTest(page, 'hazard-0-description').count()).toBe(0)
    await page.screenshot(shot('inspection-none-form.png'))
    await byTest(page, 'inspection-save').click()
    await byTest(page, 'inspection-drawer').waitFor({ state: 'hidden' })
    await expect.poll(() => lastToast(page).innerText()).toBe('已登记检查记录（未发现隐患）')
    await expect.poll(() => tableRows(page, 'inspections-table').count()).toBe(1)
    expect(await tableRows(page, 'inspections-table').first().innerText()).toContain('未发现隐患')
    await expect.poll(() => byTest(page, 'coverage-total').innerText()).toMatch(/^检查率 [\d.]+%（检查单位 1 \/ 登记在册 \d+）/)
    await settled(page)
    await page.screenshot(shot('inspections.png'))

    const stored = (await harness.app.call('inspections/list', {})).rows
    expect(stored.map((i) => [i.subjectName, i.inspectors, i.hazardCount])).toEqual([['柳市镇中心菜市场', '王晓东、李明', 0]])
    expect((await harness.app.call('cases/list', {})).total).toBe(0)

    // Registered by mistake: voided with a reason, it leaves the list and no longer counts in 检查率.
    await tableRows(page, 'inspections-table').first().getByText('作废', { exact: true }).click()
    await byTest(page, 'void-reason').locator('textarea').fill('重复登记')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已作废')
    await expect.poll(() => tableRows(page, 'inspections-table').count()).toBe(0)
    await expect.poll(() => byTest(page, 'coverage-total').innerText()).toMatch(/检查单位 0 \//)
  })

  it('makes a 回头看 list; a relapse opens a new case linked to the closed one, and the dossier shows it', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await harness.app.call('inspectors/create', { name: '王晓东' })
    const today = todayOf(harness.app)
    const [unit] = (await harness.app.call('subjects/list', { text: '菜市场' })).rows
    const [other] = (await harness.app.call('subjects/list', { text: '好运来' })).rows
    const campaign = await harness.app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: addDays(today, -30) })
    const closed = []
    // The market's two hazards were found in the campaign; a third elsewhere, outside it.
    for (const [subjectId, description, campaignId] of [
      [unit?.id, '东侧安全出口被摊位货物堵塞', campaign.id],
      [unit?.id, '二层灭火器压力不足3具', campaign.id],
      [other?.id, '厨房灭火毯缺失', undefined],
    ] as const) {
      const c = await harness.app.call('cases/create', {
        subjectId: subjectId ?? '',
        foundDate: today,
        source: 'routine',
        inspectors: '王晓东',
        categoryId: 'cc02',
        description,
        requirement: '立即整改',
        deadline: addDays(today, 5),
      })
      if (campaignId) await harness.app.call('campaigns/tag', { campaignId, entity: 'case', ids: [c.id] })
      for (const action of ['notice', 'startRectify', 'requestRecheck', 'recheckPassed', 'close'] as const) await harness.app.call('cases/transition', { id: c.id, action })
      closed.push(c)
    }

    await open('/revisits')
    await byTest(page, 'revisit-add').click()
    await byTest(page, 'revisit-title').locator('input').fill('冬春火灾防控销号隐患回头看')
    await expect.poll(() => byTest(page, 'revisit-preview').innerText()).toBe('符合条件的已销号隐患 3 处，将列入回头看 3 处')
    await pick(page, byTest(page, 'revisit-campaign'), '冬春火灾防控')
    await expect.poll(() => byTest(page, 'revisit-preview').innerText()).toBe('符合条件的已销号隐患 2 处，将列入回头看 2 处')
    await byTest(page, 'revisit-scope').getByText('随机抽查').click()
    await byTest(page, 'revisit-percent').locator('input').fill('0')
    await byTest(page, 'revisit-save').click()
    await expect.poll(() => page.locator('[data-test=revisit-drawer] .n-form-item-feedback').allInnerTexts()).toContain('抽查比例应在1%至100%之间，不抽查请选择“全部”')
    await settled(page)
    await page.screenshot(shot('revisit-refused.png'))
    await byTest(page, 'revisit-scope').getByText('全部').click()
    await byTest(page, 'revisit-save').click()
    await byTest(page, 'revisit-summary').waitFor()
    expect(await byTest(page, 'revisit-summary').innerText()).toBe('共 2 处：保持 0，反弹 0，待回头看 2')

    await byTest(page, 'revisit-keep-1').click()
    await expect.poll(() => byTest(page, 'revisit-summary').innerText()).toBe('共 2 处：保持 1，反弹 0，待回头看 1')
    await byTest(page, 'revisit-relapse-2').click()
    await byTest(page, 'relapse-drawer').waitFor()
    const inspectors = byTest(page, 'relapse-inspectors')
    await inspectors.click()
    await page.locator('.n-base-select-menu .n-base-select-option').filter({ hasText: /^王晓东$/ }).click()
    await byTest(page, 'relapse-description').locator('textarea').fill('二层灭火器再次失压2具')
    await fillDate(page, byTest(page, 'relapse-deadline'), addDays(today, 7))
    await byTest(page, 'relapse-save').click()
    await byTest(page, 'relapse-drawer').waitFor({ state: 'hidden' })
    await expect.poll(() => byTest(page, 'revisit-summary').innerText()).toBe('共 2 处：保持 1，反弹 1，待回头看 0')
    await settled(page)
    await page.screenshot(shot('revisit.png'))

    const round = (await harness.app.call('revisits/list', {})).rows[0]
    const detail = await harness.app.call('revisits/get', { id: round?.id ?? '' })
    const fresh = await harness.app.call('cases/get', { id: detail.items[1]?.newCaseId ?? '' })
    expect(fresh).toMatchObject({ subjectId: unit?.id, status: 'registered', description: '二层灭火器再次失压2具', inspectors: '王晓东' })
    expect(fresh.timeline.map((e) => e.action)).toEqual(['register', 'relapseOf'])

    await byTest(page, 'revisit-new-case').click()
    await byTest(page, 'case-title').waitFor()
    expect(await page.locator('body').innerText()).toContain('回头看反弹立案（原隐患已销号）')

    await open(`/reports?quarter=${quarterOf(today)}`)
    await byTest(page, 'report-revisits').waitFor()
    expect(await byTest(page, 'report-revisits-total').innerText()).toBe('期内登记结果的已销号隐患 2 处：保持 1，反弹 1')
    expect(await tableRows(page, 'report-revisits-table').allInnerTexts()).toEqual([
      expect.stringMatching(/^村\(社区\)\s+后街社区\s+2\s+1\s+1$/),
      expect.stringMatching(/^反弹单位\s+柳市镇中心菜市场（后街社区）\s+2\s+1\s+1$/),
    ])
    expect(await byTest(page, 'report-coverage').innerText()).toContain('检查率')
    await byTest(page, 'report-revisits').scrollIntoViewIfNeeded()
    await settled(page)
    await page.screenshot(shot('report-fieldwork.png'))

    await open(`/subjects/${unit?.id ?? ''}/dossier`)
    await byTest(page, 'dossier-counts').waitFor()
    expect(await byTest(page, 'dossier-counts').innerText()).toContain('隐患 3 处：未销号 1，逾期 0，已销号 2 · 回头看 2 处，反弹 1 处')
    expect(await byTest(page, 'dossier-timeline').innerText()).toContain('回头看：反弹')
    await byTest(page, 'dossier-recolor').click()
    await byTest(page, 'recolor-color').getByText('红').click()
    await byTest(page, 'recolor-save').click()
    await expect.poll(() => page.locator('[data-test=recolor-modal] .n-form-item-feedback').allInnerTexts()).toContain('请填写调整原因')
    await byTest(page, 'recolor-reason').locator('textarea').fill('回头看发现隐患反弹')
    await byTest(page, 'recolor-save').click()
    await byTest(page, 'recolor-modal').waitFor({ state: 'hidden' })
    await expect.poll(() => byTest(page, 'dossier-timeline').innerText()).toContain('分类由黄色调整为红色，原因：回头看发现隐患反弹')
    await settled(page)
    await page.screenshot(shot('dossier.png'))

    // On paper (打印): no menu or header, every tab under its heading, the colour history with its reasons.
    await page.emulateMedia({ media: 'print' })
    expect(await byTest(page, 'brand').isVisible()).toBe(false)
    for (const part of ['dossier-inspections', 'dossier-cases', 'dossier-colors', 'dossier-revisits', 'dossier-documents', 'dossier-timeline']) {
      expect(await byTest(page, part).isVisible(), part).toBe(true)
    }
    const paper = join(SCREENSHOT_DIR, 'dossier-print.pdf')
    await page.pdf({ path: paper, format: 'A4' })
    const printed = execFileSync('pdftotext', ['-layout', paper, '-'], { encoding: 'utf8' })
    for (const heading of ['检查记录', '隐患', '分类变更', '回头看', '文书', '时间线']) expect(printed).toContain(heading)
    expect(printed).toContain('回头看发现隐患反弹')
    for (const screenOnly of ['隐患台账', '导出 Word', '已调整为红色']) expect(printed).not.toContain(screenOnly)
    await page.emulateMedia({ media: 'screen' })
    const download = page.waitForEvent('download')
    await byTest(page, 'dossier-export').click()
    expect((await download).suggestedFilename()).toMatch(/^柳市镇中心菜市场-户籍化档案-\d{4}-\d{2}-\d{2}\.docx$/)
  })
})
