import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays, fillDate, registerCase, runAction, todayOf } from './cases-helpers'
import { confirmIssue, docxToPngs, fillDateTime } from './escalation-helpers'
import { seedRegister } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast } from './ui'

const ui = useUi()
const shot = (name: string) => ({ path: join(SCREENSHOT_DIR, name), animations: 'disabled' as const })

describe('an overdue major hazard up the ladder to 督办 and back down to 摘牌', () => {
  it('proposes, issues the letters, plans and records an interview, supervises, and lifts after 销号', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    await seedRegister(app)
    const today = todayOf(app)
    const year = today.slice(0, 4)
    const c = await registerCase(app, '乐清市柳市镇鑫达电器厂', {
      severity: 'major',
      foundDate: addDays(today, -50),
      deadline: addDays(today, -35),
      description: '生产车间与员工宿舍设置在同一建筑内',
      requirement: '员工宿舍搬离车间所在建筑，设置防火分隔',
    })
    for (const action of ['notice', 'startRectify'] as const) await app.call('cases/transition', { id: c.id, action })

    // The case page shows where it stands and what the ladder proposes, with the rule behind each.
    await open(`/cases/${c.id}`)
    const panel = byTest(page, 'escalation-panel')
    await byTest(page, 'proposal-warning').waitFor()
    expect(await byTest(page, 'proposal-warning').innerText()).toContain('逾期满1天未整改，发出消防安全警示函预警')
    expect(await byTest(page, 'proposal-supervision').innerText()).toContain('重大火灾隐患逾期满1天未整改，实行挂牌督办')
    expect(await byTest(page, 'proposal-circular').innerText()).toContain('列入下期工作通报')
    await page.screenshot(shot('escalation-case-proposals.png'))

    // 预警: one click opens the letter pre-filled from the case; it is issued only on confirmation.
    await byTest(page, 'proposal-warning').locator('[data-test=propose-warning]').click()
    const drawer = byTest(page, 'issue-drawer')
    await expect.poll(() => drawer.locator('[data-test="field-recipient"] input').inputValue()).toBe('乐清市柳市镇鑫达电器厂')
    expect(await drawer.locator('[data-test="field-facts"] textarea').inputValue()).toContain('生产车间与员工宿舍设置在同一建筑内')
    expect((await app.call('documents/list', { kind: 'warning_letter' })).total).toBe(0)
    await confirmIssue(page, `柳市消安委办函〔${year}〕1号`)
    await expect.poll(() => panel.locator('[data-rung="warning"][data-taken="true"]').count()).toBe(1)
    await expect.poll(() => byTest(page, 'case-timeline').locator('[data-action="warningLetter"]').innerText()).toContain(`柳市消安委办函〔${year}〕1号`)

    // 函告 to the village, then 约谈 becomes the next step.
    await byTest(page, 'propose-letter').click()
    await expect.poll(() => drawer.locator('[data-test="field-recipient"] input').inputValue()).toBe('吕庄村村民委员会')
    await confirmIssue(page, `柳市消安委办函〔${year}〕2号`)
    await byTest(page, 'proposal-interview').waitFor()
    await byTest(page, 'propose-interview').click()

    // The interview form comes pre-filled from the case: a 警示约谈 of the unit's responsible person.
    await byTest(page, 'interview-new').waitFor()
    await expect.poll(() => byTest(page, 'plan-kind').innerText()).toContain('警示约谈')
    expect(await byTest(page, 'interviewee-name').locator('input').inputValue()).toBe('吴建平')
    await byTest(page, 'plan-interviewers').locator('input').fill('陈志强（镇消安委办主任）、王建国')
    await byTest(page, 'plan-place').locator('input').fill('柳市镇人民政府三楼301会议室')
    await byTest(page, 'plan-save').click()
    await byTest(page, 'interview-page').waitFor()
    expect(await byTest(page, 'interview-status').innerText()).toBe('已安排')

    await byTest(page, 'issue-notice').click()
    await confirmIssue(page, `柳市消安委办约〔${year}〕1号`)
    await expect.poll(() => byTest(page, 'interview-documents').innerText()).toContain(`约谈通知书 柳市消安委办约〔${year}〕1号`)

    // The minutes: two 问/答 and a commitment with its own deadline.
    await byTest(page, 'record-minutes').click()
    await fillDateTime(page, byTest(page, 'minutes-startedAt'), `${today} 09:30`)
    await fillDateTime(page, byTest(page, 'minutes-endedAt'), `${today} 10:20`)
    await byTest(page, 'minutes-attendees').locator('input').fill('吕庄村村委会 吕志强')
    const q = (i: number, field: 'question' | 'answer') => byTest(page, `exchange-${i}`).locator(`[data-test="exchange-${field}"] textarea`)
    await q(0, 'question').fill('你是否清楚今天约谈的原因？')
    await q(0, 'answer').fill('清楚。车间和员工宿舍在同一栋楼里，没有按期整改。')
    await byTest(page, 'exchange-add').click()
    await q(1, 'question').fill('整改计划是什么？什么时候完成？')
    await q(1, 'answer').fill('已经在吕庄村租好宿舍，十天内员工全部搬离。')
    await byTest(page, 'commitment-add').click()
    await byTest(page, 'commitment-0').locator('[data-test="commitment-content"] input').fill('员工全部搬离车间所在建筑')
    await fillDate(page, byTest(page, 'commitment-0').locator('[data-test="commitment-deadline"]'), addDays(today, 10))
    // 取消 asks before the minutes typed so far are thrown away; 继续编辑 keeps them.
    await byTest(page, 'minutes-form').locator('[data-test="form-cancel"]').click()
    const ask = page.locator('.n-dialog').filter({ hasText: '放弃修改？' })
    await ask.getByRole('button', { name: '继续编辑' }).click()
    await ask.waitFor({ state: 'hidden' })
    expect(await q(1, 'answer').inputValue()).toBe('已经在吕庄村租好宿舍，十天内员工全部搬离。')
    await byTest(page, 'minutes-save').click()
    await expect.poll(() => byTest(page, 'interview-status').innerText()).toBe('已约谈')
    expect(await byTest(page, 'qa-1').innerText()).toContain('已经在吕庄村租好宿舍')
    expect(await byTest(page, 'commitment-row-1').innerText()).toContain('员工全部搬离车间所在建筑')

    await byTest(page, 'issue-minutes').click()
    await expect.poll(() => drawer.locator('[data-test="field-exchanges-1-answer"] textarea').inputValue()).toBe('已经在吕庄村租好宿舍，十天内员工全部搬离。')
    await confirmIssue(page)
    await expect.poll(() => byTest(page, 'interview-status').innerText()).toBe('已出具笔录')
    await expect.poll(() => byTest(page, 'interview-documents').innerText()).toContain('约谈笔录')
    await page.locator('.n-message').first().waitFor({ state: 'hidden', timeout: 10_000 })
    await page.screenshot({ ...shot('escalation-interview.png'), fullPage: true })

    const [minutes] = (await app.call('documents/list', { kind: 'interview_minutes' })).rows
    expect(minutes).toMatchObject({ number: null, interviewId: expect.any(String), status: 'issued' })
    const images = docxToPngs(minutes?.path ?? '', join(SCREENSHOT_DIR, 'escalation-minutes'))
    console.log(images.length > 0 ? `minutes rendered: ${images.join(', ')}` : 'LibreOffice not installed: minutes not rendered')

    // 挂牌督办 from the case page, a progress report, the notice; no 摘牌 before 销号.
    await open(`/cases/${c.id}`)
    await byTest(page, 'propose-supervision').click()
    await byTest(page, 'supervision-new').waitFor()
    expect(await byTest(page, 'sup-responsiblePerson').locator('input').inputValue()).toBe('吴建平')
    await byTest(page, 'sup-leadDepartment').locator('input').fill('镇应急管理办公室')
    await byTest(page, 'sup-funding').locator('input').fill('企业自筹整改资金约12万元')
    await byTest(page, 'supervision-save').click()
    await byTest(page, 'supervision-page').waitFor()
    expect(await byTest(page, 'supervision-status').innerText()).toBe('督办中')
    await byTest(page, 'issue-supervision-notice').click()
    await confirmIssue(page, `柳市消安委办〔${year}〕1号`)
    await fillDate(page, byTest(page, 'report-date'), today)
    await byTest(page, 'report-progress').locator('textarea').fill('员工已搬离12人，剩余8人本周内搬完')
    await byTest(page, 'report-save').click()
    await expect.poll(() => byTest(page, 'supervision-report').count()).toBe(1)
    expect(await byTest(page, 'supervision-lift').isDisabled()).toBe(true)
    const supervisionPage = page.url()

    // 销号 on the case page, then 摘牌.
    await open(`/cases/${c.id}`)
    await expect.poll(() => byTest(page, 'no-proposals').count()).toBe(1)
    await runAction(page, '提请复查')
    await runAction(page, '复查合格')
    await runAction(page, '销号')
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('已销号')
    await page.goto(supervisionPage)
    await byTest(page, 'supervision-lift').click()
    await fillDate(page, byTest(page, 'lift-date'), today)
    await byTest(page, 'lift-note').locator('textarea').fill('复查合格，隐患已销号')
    await byTest(page, 'lift-confirm').click()
    await expect.poll(() => byTest(page, 'supervision-status').innerText()).toBe('已摘牌')
    expect(await lastToast(page).innerText()).toBe('已摘牌')

    // Every step is on the case's timeline, with its document; the ladder shows all four rungs taken.
    await open(`/cases/${c.id}`)
    await byTest(page, 'case-timeline').waitFor()
    const actions = await byTest(page, 'case-timeline').locator('[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))
    expect(actions.filter((a) => !['register', 'notice', 'startRectify'].includes(a ?? ''))).toEqual([
      'warningLetter',
      'noticeLetter',
      'interviewPlanned',
      'interviewNotice',
      'interviewHeld',
      'interviewMinutes',
      'supervise',
      'supervisionNotice',
      'supervisionReport',
      'requestRecheck',
      'recheckPassed',
      'close',
      'liftSupervision',
    ])
    await expect.poll(() => panel.locator('[data-taken="true"]').count()).toBe(4)
    await page.locator('.n-message').first().waitFor({ state: 'hidden', timeout: 10_000 })
    expect(await byTest(page, 'no-proposals').innerText()).toBe('隐患已办结，无需升级处理')
    await panel.screenshot(shot('escalation-case-ladder.png'))
    await byTest(page, 'case-timeline').screenshot(shot('escalation-case-timeline.png'))
    const issued = await app.call('documents/list', { caseId: c.id, pageSize: 50 })
    expect(issued.rows.map((d) => d.kindName).sort()).toEqual(['消防安全隐患限期整改通知书', '消防安全警示函', '函告', '约谈通知书', '约谈笔录', '督办通知书'].sort())
  })
})
