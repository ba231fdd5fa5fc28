import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../electron/core/app'
import { addDays, fillDate, registerCase, todayOf } from './cases-helpers'
import { seedRegister } from './seed-data'
import { confirmIssue } from './escalation-helpers'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, tableRows } from './ui'

const ui = useUi()
const shot = (name: string) => ({ path: join(SCREENSHOT_DIR, name), animations: 'disabled' as const })

/**
 * 好运来 has a hazard 40 days overdue and was interviewed, with a commitment now 3 days late;
 * 鑫达's major hazard is under supervision, its weekly report 3 days late; 华联超市 is 20 days overdue.
 */
async function ledger(app: FiredeskApp) {
  await seedRegister(app)
  const today = todayOf(app)
  const shop = await registerCase(app, '柳市镇好运来小吃店', { foundDate: addDays(today, -60), deadline: addDays(today, -40), description: '厨房液化气钢瓶放在疏散通道' })
  const major = await registerCase(app, '乐清市柳市镇鑫达电器厂', { severity: 'major', foundDate: addDays(today, -20), deadline: addDays(today, -5) })
  const market = await registerCase(app, '华联超市柳市店', { foundDate: addDays(today, -30), deadline: addDays(today, -20), description: '安全出口被货架堵塞' })
  const [subject] = (await app.call('subjects/list', { text: '好运来' })).rows
  const interview = await app.call('interviews/create', {
    kind: 'reminder',
    caseIds: [shop.id],
    subjectId: subject?.id ?? null,
    interviewees: [{ name: '黄小燕', unit: '柳市镇好运来小吃店', post: '经营者' }],
    interviewers: '王建国',
    plannedAt: `${addDays(today, -10)}T09:00`,
    place: '镇消安委办',
    reason: '厨房液化气钢瓶放在疏散通道，逾期未整改',
  })
  await app.call('interviews/recordMinutes', {
    id: interview.id,
    startedAt: `${addDays(today, -10)}T09:00`,
    endedAt: `${addDays(today, -10)}T09:40`,
    recorder: '李明',
    exchanges: [{ question: '为什么没有整改？', answer: '钢瓶没地方放，一周内改好。' }],
    commitments: [{ content: '液化气钢瓶移出疏散通道', deadline: addDays(today, -3) }],
  })
  await app.call('supervisions/create', {
    caseId: major.id,
    leadDepartment: '镇应急管理办公室',
    responsiblePerson: '吴建平',
    duty: '法定代表人吴建平负总责',
    measures: '员工宿舍搬离车间所在建筑',
    funding: '企业自筹',
    fixDeadline: addDays(today, 20),
    contingency: '落实值班巡查',
    startDate: addDays(today, -10),
    supervisionDeadline: addDays(today, 30),
    reportRhythm: 'weekly',
  })
  return { today, shop, major, market, interview }
}

describe('what waits on the escalation side', () => {
  it('the dashboard shows late commitments, reports due and proposals; each line opens where it is dealt with', async () => {
    const { page, harness, open } = ui()
    const { today, major } = await ledger(harness.app)

    await open('/')
    const cards = byTest(page, 'escalation-cards')
    await cards.waitFor()
    await expect.poll(() => byTest(page, 'board-commitments').innerText()).toContain('液化气钢瓶移出疏散通道')
    expect(await byTest(page, 'board-commitments').innerText()).toContain('逾期 3 天')
    expect(await byTest(page, 'board-reports').innerText()).toContain(`${major.number} 乐清市柳市镇鑫达电器厂`)
    expect(await byTest(page, 'board-reports').innerText()).toContain('逾期 3 天')
    expect(await byTest(page, 'board-proposals').innerText()).toContain('查看全部 2 条')
    await page.screenshot(shot('escalation-dashboard.png'))

    await byTest(page, 'board-commitments').locator('.line').first().click()
    await byTest(page, 'interview-page').waitFor()
    expect(await byTest(page, 'commitment-overdue').innerText()).toBe('逾期 3 天')
    await byTest(page, 'commitment-close').click()
    await fillDate(page, byTest(page, 'commitment-close-date'), today)
    await byTest(page, 'commitment-close-note').locator('textarea').fill('复查确认钢瓶已移至室外')
    await byTest(page, 'commitment-close-confirm').click()
    await expect.poll(() => byTest(page, 'commitment-row-1').getAttribute('data-status')).toBe('closed')

    await open('/')
    await expect.poll(() => byTest(page, 'board-commitments').innerText()).toContain('没有逾期的承诺')
  })

  it('the proposals page lists every proposal with its rule, and follows the thresholds staff set', async () => {
    const { page, harness, open } = ui()
    const { shop, market } = await ledger(harness.app)

    await open('/escalation')
    await expect.poll(() => tableRows(page, 'proposals-table').count()).toBe(2)
    const rows = await tableRows(page, 'proposals-table').allInnerTexts()
    expect(rows[0]).toContain(shop.number)
    expect(rows[0]).toContain('逾期满30天未整改，列入下期工作通报')
    expect(rows[1]).toContain(market.number)
    expect(rows[1]).toContain('逾期满1天未整改，发出消防安全警示函预警')
    await page.screenshot(shot('escalation-proposals.png'))

    const warningDays = byTest(page, 'ladder-warningAfterDays').locator('input')
    await warningDays.fill('25')
    await byTest(page, 'ladder-settings-save').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('升级规则已保存')
    await expect.poll(() => tableRows(page, 'proposals-table').count()).toBe(1)
    expect((await harness.app.call('settings/get', {})).warningAfterDays).toBe(25)
  })

  it('a circular drafted from the ledger names the lagging units staff keep, and issues through the register', async () => {
    const { page, harness, open } = ui()
    const { today, shop, major } = await ledger(harness.app)

    await open('/circulars')
    await fillDate(page, byTest(page, 'circular-from'), addDays(today, -90))
    await fillDate(page, byTest(page, 'circular-to'), addDays(today, -1))
    await byTest(page, 'circular-draft').click()
    const figures = byTest(page, 'circular-figures')
    await figures.waitFor()
    expect(await figures.locator('[data-figure="found"] .n').innerText()).toBe('3')
    expect(await figures.locator('[data-figure="underSupervision"] .n').innerText()).toBe('1')
    expect(await figures.locator('[data-figure="interviewsHeld"] .n').innerText()).toBe('1')
    expect(await byTest(page, 'circular-units').innerText()).toContain('柳市镇好运来小吃店')
    await byTest(page, 'circular-name-乐清市柳市镇鑫达电器厂').click()
    await page.screenshot({ ...shot('escalation-circular.png'), fullPage: true })

    await byTest(page, 'circular-issue').click()
    await confirmIssue(page)
    await expect.poll(() => lastToast(page).innerText()).toBe(`已签发 柳市消安委办〔${today.slice(0, 4)}〕1号，点名隐患 1 条`)
    const circulars = await harness.app.call('escalation/proposals', { rung: 'circular' })
    expect(circulars.rows.map((p) => p.caseId)).not.toContain(shop.id)
    expect((await harness.app.call('escalation/ladder', { caseId: major.id })).circulated).toBe(false)
    expect((await harness.app.call('escalation/ladder', { caseId: shop.id })).circulated).toBe(true)
  })
})
