import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../electron/core/dates'
import { buildDocx } from '../fixtures/tasks/docx-builder'
import { fillDate, pickShown } from './cases-helpers'
import { confirmIssue } from './escalation-helpers'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast } from './ui'

const ui = useUi()
const SLOW = { timeout: 15_000 }

/** Today where the harness runs (its clock is the machine's), as the core writes dates. */
function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** ISO weekday (1 = Monday) of a date. */
const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay() || 7

describe('报送 week by week', () => {
  it('a weekly report falls due, a village that sent nothing shows as missing, and one 催报 goes to it', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    await app.call('areas/create', { name: '长江村', sortOrder: 1 })
    await app.call('areas/create', { name: '黄河村', sortOrder: 2 })
    const today = localToday()
    // The last report was due three days ago; its cut-off (one day later) has passed.
    const due = addDays(today, -3)
    const start = addDays(today, -24)
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: start })
    // entered today but owed, as its 起报日期 says, from the campaign's start
    const rhythm = await app.call('reporting/createRhythm', {
      campaignId: campaign.id,
      name: '每周工作推进情况表',
      rhythm: `weekly:${weekday(due)}`,
      startDate: start,
      remindDays: 1,
      graceDays: 1,
      ownerGroup: 'villages',
    })
    const period = (await app.call('reporting/overview', { rhythmId: rhythm.id })).periods.find((p) => p.due === due)
    const key = period?.key ?? ''
    expect(period?.cutoff).toBe(addDays(due, 1))

    await open(`/campaigns/${campaign.id}/reporting`)
    const cell = (unit: string) => byTest(page, `cell-${unit}-${key}`)
    await expect.poll(() => cell('黄河村').getAttribute('data-standing'), SLOW).toBe('missing')
    expect(await cell('长江村').getAttribute('data-standing')).toBe('missing')
    // a week is headed by its days (11.30–12.6), as a clerk reads it, never by an ISO week code
    const header = await byTest(page, `period-${key}`).innerText()
    expect(header).toContain(period?.short ?? '?')
    expect(header).not.toMatch(/W\d/)
    // the item says from when it is owed: the 起报日期 stated, the campaign's start here
    expect(await byTest(page, 'rhythm-summary').innerText()).toContain(`${Number(start.slice(0, 4))}年${Number(start.slice(5, 7))}月${Number(start.slice(8, 10))}日起报`)
    // Each 报送事项 is a tab named with its rhythm, to switch between them.
    expect(await page.locator('.n-tabs-tab').first().innerText()).toContain('每周工作推进情况表（每周')

    // 长江村's table came in on the due day: recorded from its cell, with the file it sent.
    await cell('长江村').click()
    await fillDate(page, byTest(page, 'submission-received'), due)
    await byTest(page, 'submission-content').locator('textarea').fill('本周入户检查86户，发现隐患3处')
    await byTest(page, 'submission-file').setInputFiles({ name: '长江村推进情况表.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK 推进情况表') })
    await byTest(page, 'submission-save').click()
    await expect.poll(() => cell('长江村').getAttribute('data-standing'), SLOW).toBe('on_time')
    expect(await byTest(page, 'submission-card').innerText()).toContain('长江村推进情况表.xlsx')
    expect(await cell('黄河村').getAttribute('data-standing')).toBe('missing')

    // 催报: the period's panel names who is not in, and one 函告 goes to all of them.
    await byTest(page, `period-${key}`).click()
    await expect.poll(() => byTest(page, 'chase-units').innerText(), SLOW).toBe('黄河村 · 漏报')
    await byTest(page, 'chase-letter').click()
    await byTest(page, 'issue-drawer').waitFor()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'reporting-chase.png') })
    await byTest(page, 'issue-submit').click()
    await byTest(page, 'chase-history').waitFor(SLOW)
    const letters = await app.call('documents/list', { kind: 'notice_letter' })
    expect(letters.rows.map((d) => d.recipient)).toEqual(['黄河村'])
    expect(await byTest(page, 'chase-history').innerText()).toContain(letters.rows[0]?.number ?? '—')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'reporting-overview.png') })
  })
})

describe('the task ladder’s 通报', () => {
  it('opens the circular draft with the lagging units named and records it on their overdue tasks', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    const today = localToday()
    await app.call('responsibleUnits/create', { name: '政法办' })
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: addDays(today, -60) })
    const late = addDays(today, -10)
    const doc = buildDocx(['任务清单'], [[
      { header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] },
      { cells: ['1', '建立消防安全长效机制。', '政法办', `${late.slice(0, 4)}年${Number(late.slice(5, 7))}月${Number(late.slice(8, 10))}日前`] },
    ]])
    await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })

    await open(`/campaigns/${campaign.id}`)
    await page.locator('.n-tabs-tab', { hasText: '逾期单位' }).click()
    await byTest(page, 'ladder-circular-all').click()
    await expect.poll(() => byTest(page, 'circular-task-units').innerText(), SLOW).toContain('政法办')
    expect(await byTest(page, 'circular-task-units').innerText()).toContain('逾期10天')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'circular-task-units.png') })
    await byTest(page, 'circular-issue').click()
    await confirmIssue(page)
    await expect.poll(() => lastToast(page).innerText(), SLOW).toContain('已签发')
    expect((await app.call('tasks/lagging', { campaignId: campaign.id })).map((u) => [u.unitName, u.circulars])).toEqual([['政法办', 1]])
  })
})

describe('the campaign’s summary', () => {
  it('tags a hazard from its page; the campaign’s summary counts it and its numbers open the tagged hazards only', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    const today = localToday()
    const area = await app.call('areas/create', { name: '长江村', sortOrder: 1 })
    const shop = await app.call('subjects/create', { name: '好运来小吃店', kindId: 'sk01', areaId: area.id, address: '长江村兴业路1号' })
    const hazard = { subjectId: shop.id, foundDate: today, source: 'special' as const, inspectors: '王志强', categoryId: 'cc01', severity: 'general' as const, requirement: '立即整改', deadline: addDays(today, 10) }
    const tagged = await app.call('cases/create', { ...hazard, description: '电动自行车在楼道内充电' })
    await app.call('cases/create', { ...hazard, description: '灭火器过期' })
    const campaign = await app.call('campaigns/create', { name: '电动自行车专项整治', year: Number(today.slice(0, 4)), startDate: addDays(today, -30) })

    // the hazard is tagged from its own page
    await open(`/cases/${tagged.id}`)
    await pickShown(page, byTest(page, 'campaign-tag'), '电动自行车专项整治')
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe('已标记为「电动自行车专项整治」')
    expect((await app.call('cases/get', { id: tagged.id })).campaignId).toBe(campaign.id)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'case-campaign-tag.png') })

    await open(`/campaigns/${campaign.id}`)
    await byTest(page, 'campaign-summary').click()
    await expect.poll(() => byTest(page, 'report-campaign-name').innerText(), SLOW).toBe('电动自行车专项整治')
    expect(await byTest(page, 'figure-found').locator('[data-test=value]').innerText()).toBe('1')
    expect(await byTest(page, `campaign-${campaign.id}`).innerText()).toContain('电动自行车专项整治')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'campaign-summary.png') })
    await byTest(page, 'figure-found').locator('[data-test=value]').click()
    await expect.poll(() => byTest(page, 'filter-campaign').innerText(), SLOW).toContain('电动自行车专项整治')
    await expect.poll(() => byTest(page, 'cases-table').locator('.n-pagination-prefix').innerText(), SLOW).toBe('共 1 条')
    expect(await byTest(page, 'cases-table').innerText()).toContain('电动自行车在楼道内充电')
  })
})

describe('火灾事故登记台账', () => {
  it('registers a fire typed in by the office, refusing it first without a place, and counts it', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('areas/create', { name: '长江村', sortOrder: 1 })
    await open('/incidents')
    await byTest(page, 'incident-add').click()
    await fillDate(page, byTest(page, 'incident-date'), localToday())
    await byTest(page, 'incident-save').click()
    await expect.poll(() => byTest(page, 'incident-drawer').innerText(), SLOW).toContain('请填写起火地点')
    await byTest(page, 'incident-place').locator('input').fill('长江村3组')
    await byTest(page, 'incident-party').locator('input').fill('王某某户')
    await byTest(page, 'incident-cause').locator('input').fill('电动自行车充电')
    await byTest(page, 'incident-injuries').locator('input').fill('1')
    await byTest(page, 'incident-loss').locator('input').fill('8000')
    await pickShown(page, byTest(page, 'incident-unit'), '长江村')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'incident-form.png') })
    await byTest(page, 'incident-save').click()
    await expect.poll(() => lastToast(page).innerText(), SLOW).toBe('已登记「长江村3组」的火灾事故')
    await expect.poll(() => byTest(page, 'incident-figures').innerText(), SLOW).toContain('共 1 起，死亡 0 人，受伤 1 人，直接财产损失 8000 元')
    expect(await byTest(page, 'incidents-table').innerText()).toContain('王某某户')
    expect((await harness.app.call('incidents/list', {})).rows[0]).toMatchObject({ place: '长江村3组', unitName: '长江村', cause: '电动自行车充电' })
  })

  it('ranks a campaign’s villages with the formula it prints, and ranks again with the weights staff save', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    await app.call('areas/create', { name: '长江村', sortOrder: 1 })
    const today = localToday()
    const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: Number(today.slice(0, 4)), startDate: addDays(today, -24) })

    await open(`/campaigns/${campaign.id}/ranking`)
    await expect.poll(() => byTest(page, 'ranking-title').innerText(), SLOW).toBe('冬春火灾防控 · 评分排名')
    expect(await byTest(page, 'ranking-villages').innerText()).toContain('长江村')
    expect(await byTest(page, 'ranking-formula').innerText()).toContain('100 ×（40×实地评分率')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'ranking.png'), animations: 'disabled' })

    await page.locator('.weight').first().locator('input').fill('50')
    await byTest(page, 'ranking-weights-save').click()
    await expect.poll(() => byTest(page, 'ranking-formula').innerText(), SLOW).toContain('100 ×（50×实地评分率')
    expect((await app.call('settings/get', {})).rankingWeightVisits).toBe(50)
  })
})
