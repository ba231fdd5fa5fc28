import { describe, expect, it } from 'vitest'
import {
  actionButtons,
  addDays,
  colorOf,
  dashboardCounts,
  fillDate,
  pickShown,
  pickSubject,
  registerCase,
  runAction,
  samplePng,
  todayOf,
  zhDate,
  type DashboardCounts,
} from './cases-helpers'
import { seedRegister } from './seed-data'
import { useUi } from './support'
import { byTest, columnTexts, discardChanges, feedbackUnder, lastToast, pick, tableRows } from './ui'

const ui = useUi()
/** The red of overdue days (naive-ui's error colour). */
const RED = 'rgb(208, 48, 80)'

describe('隐患 from registration to 销号', () => {
  it('runs a hazard through every step in the UI, and the dashboard tells the truth at each one', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const none: DashboardCounts = { overdue: 0, dueWithin3: 0, dueWithin7: 0, awaitingRecheck: 0, openMajor: 0, open: 0 }

    const countsAre = async (expected: Partial<DashboardCounts>) => {
      await open('/')
      await byTest(page, 'tile-open').waitFor()
      await expect.poll(() => dashboardCounts(page)).toEqual({ ...none, ...expected })
    }
    await countsAre({})

    await open('/cases')
    await byTest(page, 'case-add').click()
    await pickSubject(page, byTest(page, 'field-subjectId'), '鑫达', '乐清市柳市镇鑫达电器厂（吕庄村）')
    await pick(page, byTest(page, 'field-source'), '夜查')
    await byTest(page, 'field-inspectors').click()
    await page.keyboard.type('王晓东、李明')
    await page.keyboard.press('Enter')
    await page.locator('[data-test=case-drawer] .n-drawer-header__main').click()
    await pick(page, byTest(page, 'field-categoryId'), '违规用火用电用气')
    await byTest(page, 'field-severity').locator('[data-severity=major]').click()
    await byTest(page, 'field-description').locator('textarea').fill('二楼仓库电线私拉乱接，插线板串接使用')
    await byTest(page, 'field-requirement').locator('textarea').fill('拆除私拉电线，由电工规范敷设')
    await fillDate(page, byTest(page, 'field-deadline'), addDays(today, 2))
    await byTest(page, 'case-save').click()

    await byTest(page, 'case-title').waitFor()
    const [registered] = (await harness.app.call('cases/list', {})).rows
    expect(registered).toMatchObject({ subjectName: '乐清市柳市镇鑫达电器厂', source: 'night', inspectors: '王晓东、李明', severity: 'major', foundDate: today })
    expect(await byTest(page, 'case-title').innerText()).toBe(`隐患 ${registered?.number}`)
    expect(await byTest(page, 'case-status').innerText()).toBe('已登记')
    expect(await byTest(page, 'case-deadline').innerText()).toBe(zhDate(addDays(today, 2)))
    expect(await actionButtons(page)).toEqual(['下发整改通知', '延期', '作废'])
    const casePage = page.url()

    await countsAre({ dueWithin3: 1, dueWithin7: 1, openMajor: 1, open: 1 })

    // 下发整改通知 is the notice itself: its drawer, issued, and the case moves with it.
    await page.goto(casePage)
    await byTest(page, 'case-actions').locator('button').filter({ hasText: /^下发整改通知$/ }).click()
    await expect.poll(() => byTest(page, 'issue-number-hint').innerText()).toContain('已下发整改通知')
    await byTest(page, 'issue-submit').click()
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('已下发整改通知')
    expect(await lastToast(page).innerText()).toMatch(/^已签发：/)
    expect(await actionButtons(page)).toEqual(['开始整改', '延期', '作废'])
    await runAction(page, '开始整改')
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('整改中')
    await runAction(page, '提请复查')
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('待复查')
    expect(await actionButtons(page)).toEqual(['复查合格', '复查不合格', '作废'])

    // 待复查: the unit has done its part, so the case is the office's backlog, no longer due soon.
    await countsAre({ awaitingRecheck: 1, openMajor: 1, open: 1 })

    await page.goto(casePage)
    await runAction(page, '复查不合格', async () => {
      await fillDate(page, byTest(page, 'transition-newDeadline'), addDays(today, 5))
      await byTest(page, 'transition-note').locator('textarea').fill('插线板仍串接使用')
    })
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('整改中')
    expect(await byTest(page, 'case-deadline').innerText()).toBe(zhDate(addDays(today, 5)))

    await countsAre({ dueWithin7: 1, openMajor: 1, open: 1 })

    await page.goto(casePage)
    await runAction(page, '延期', async () => {
      await fillDate(page, byTest(page, 'transition-newDeadline'), addDays(today, 10))
      await byTest(page, 'transition-reason').locator('textarea').fill('需停产更换线路，电工排期')
      await byTest(page, 'transition-approver').locator('input').fill('陈主任')
    })
    await expect.poll(() => byTest(page, 'case-deadline').innerText()).toBe(zhDate(addDays(today, 10)))

    await countsAre({ openMajor: 1, open: 1 })

    await page.goto(casePage)
    await runAction(page, '提请复查')
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('待复查')
    await runAction(page, '复查合格')
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('复查合格待销号')
    expect(await actionButtons(page)).toEqual(['销号', '作废'])
    await runAction(page, '销号')
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('已销号')
    expect(await byTest(page, 'case-actions').count()).toBe(0)

    const steps = await byTest(page, 'case-timeline').locator('.n-timeline-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-action')))
    expect(steps).toEqual(['register', 'notice', 'startRectify', 'requestRecheck', 'recheckFailed', 'extend', 'requestRecheck', 'recheckPassed', 'close'])
    const timeline = await byTest(page, 'case-timeline').innerText()
    expect(timeline).toContain(`新的整改期限：${zhDate(addDays(today, 5))}`)
    expect(timeline).toContain('备注：插线板仍串接使用')
    expect(timeline).toContain(`整改期限由${zhDate(addDays(today, 5))}延至${zhDate(addDays(today, 10))}`)
    expect(timeline).toContain('原因：需停产更换线路，电工排期（批准人：陈主任）')

    const closed = await harness.app.call('cases/get', { id: registered?.id ?? '' })
    expect(closed).toMatchObject({ status: 'closed', closedDate: today, closedBy: '管理员', deadline: addDays(today, 10) })

    await countsAre({})
  })

  it('offers only what the status allows, and shows the core\'s refusal in Chinese', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const c = await registerCase(harness.app, '好运来小吃店', { deadline: addDays(today, 7) })
    await open(`/cases/${c.id}`)
    await byTest(page, 'case-title').waitFor()
    expect(await actionButtons(page)).toEqual(['下发整改通知', '延期', '作废'])

    // An extension must move the deadline later: the core's message appears under the field.
    await byTest(page, 'case-actions').locator('button').filter({ hasText: /^延期$/ }).click()
    await fillDate(page, byTest(page, 'transition-newDeadline'), addDays(today, 3))
    await byTest(page, 'transition-reason').locator('textarea').fill('店主外出')
    await byTest(page, 'transition-approver').locator('input').fill('陈主任')
    await byTest(page, 'transition-confirm').click()
    await expect
      .poll(() => feedbackUnder(page, byTest(page, 'transition-newDeadline')).innerText())
      .toBe(`延期后的整改期限应晚于原期限（${zhDate(addDays(today, 7))}）`)
    await page.locator('[data-test=transition-dialog] .n-card-header__close').click()
    await discardChanges(page)
    await byTest(page, 'transition-dialog').waitFor({ state: 'hidden' })

    // Someone else moves the case on meanwhile: this page's step is refused, not applied twice.
    await harness.app.call('cases/transition', { id: c.id, action: 'notice' })
    await byTest(page, 'case-actions').locator('button').filter({ hasText: /^下发整改通知$/ }).click()
    await expect.poll(() => lastToast(page).innerText()).toBe(`隐患 ${c.number} 已是“已下发整改通知”，不能再下发整改通知（页面已刷新）`)
    expect(await byTest(page, 'issue-drawer').count()).toBe(0)
    expect((await harness.app.call('cases/get', { id: c.id })).timeline.map((e) => e.action)).toEqual(['register', 'notice'])
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('已下发整改通知')
    expect(await actionButtons(page)).toEqual(['开始整改', '延期', '作废'])

    // Voided with a reason, the case stays readable but takes no more steps and no more files.
    await runAction(page, '作废', async () => {
      await byTest(page, 'transition-reason').locator('textarea').fill('重复登记，与同日夜查记录为同一隐患')
    })
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('已作废')
    expect(await byTest(page, 'case-actions').count()).toBe(0)
    expect(await byTest(page, 'attachment-upload').count()).toBe(0)
    expect(await byTest(page, 'case-facts').innerText()).toContain('已作废：重复登记，与同日夜查记录为同一隐患')
    // It says it was voided and why, not that it was completed.
    expect(await byTest(page, 'case-no-actions').innerText()).toBe('此隐患已作废（重复登记，与同日夜查记录为同一隐患），不能再办理')
    expect(await byTest(page, 'no-proposals').innerText()).toBe('隐患已作废，无需升级处理')
  })

  it('shows an overdue case in red with its days overdue, on the dashboard and in the remembered list', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const late = await registerCase(harness.app, '宏盛五金加工店', { foundDate: addDays(today, -20), deadline: addDays(today, -6), description: '生产区与住人区未分隔' })
    await registerCase(harness.app, '星光KTV', { deadline: addDays(today, 20), description: '包厢疏散指示标志损坏' })

    await open('/')
    await expect.poll(() => dashboardCounts(page)).toMatchObject({ overdue: 1, open: 2 })
    const worst = byTest(page, 'overdue-list').locator('[data-test=short-case]')
    expect(await worst.locator('[data-test=days]').allInnerTexts()).toEqual(['逾期6天'])
    expect(await colorOf(worst.locator('[data-test=days]'))).toBe(RED)

    await byTest(page, 'tile-overdue').click()
    await expect.poll(() => columnTexts(page, 'cases-table', 'number')).toEqual([late.number])
    const row = tableRows(page, 'cases-table').first()
    expect(await row.getAttribute('class')).toContain('row-overdue')
    expect(await row.locator('td[data-col-key="deadline"]').innerText()).toBe(`${zhDate(addDays(today, -6))}\n逾期6天`)
    expect(await colorOf(row.locator('[data-test=overdue-days]'))).toBe(RED)
    expect(await byTest(page, 'filter-overdue').innerText()).toBe('已逾期')

    // The list remembers its last filter when opened again from the menu.
    await open('/cases')
    await expect.poll(() => columnTexts(page, 'cases-table', 'number')).toEqual([late.number])
    await byTest(page, 'filter-reset').click()
    await expect.poll(() => tableRows(page, 'cases-table').count()).toBe(2)
    expect(await page.locator('[data-test=cases-table] tbody tr.row-overdue').count()).toBe(1)
  })

  it('registers an inspection with several hazards at once, with errors under the hazard they concern', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    await open('/cases')
    await byTest(page, 'inspection-add').click()
    await pickSubject(page, byTest(page, 'inspection-subjectId'), '菜市场', '柳市镇中心菜市场（后街社区）')
    await pick(page, byTest(page, 'inspection-source'), '专项检查')
    await byTest(page, 'inspection-inspectors').click()
    await page.keyboard.type('王晓东、李明')
    await page.keyboard.press('Enter')
    // The roster picker keeps its menu open for more names: a click on the drawer's title closes it.
    await page.locator('[data-test=inspection-drawer] .n-drawer-header__main').click()
    await byTest(page, 'inspection-notes').locator('textarea').fill('冬春火灾防控专项检查')
    await pickShown(page, byTest(page, 'hazard-0-categoryId'), '占用堵塞疏散通道/安全出口')
    await byTest(page, 'hazard-0-description').locator('textarea').fill('东侧安全出口被摊位货物堵塞')
    await byTest(page, 'hazard-0-requirement').locator('textarea').fill('立即清理，保持畅通')
    await fillDate(page, byTest(page, 'hazard-0-deadline'), addDays(today, 1))
    await byTest(page, 'hazard-add').click()
    await pickShown(page, byTest(page, 'hazard-1-categoryId'), '消防设施损坏停用')
    await byTest(page, 'hazard-1-requirement').locator('textarea').fill('三日内更换')
    await fillDate(page, byTest(page, 'hazard-1-deadline'), addDays(today, 3))
    await byTest(page, 'inspection-save').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'hazard-1-description')).innerText()).toBe('请填写隐患描述')
    expect(await feedbackUnder(page, byTest(page, 'hazard-0-description')).innerText()).toBe('')

    await byTest(page, 'hazard-1-description').locator('textarea').fill('二层灭火器压力不足3具')
    await byTest(page, 'inspection-save').click()
    await byTest(page, 'inspection-drawer').waitFor({ state: 'hidden' })
    await expect.poll(() => lastToast(page).innerText()).toBe('已登记检查记录及隐患 2 条')
    await byTest(page, 'filter-inspection').waitFor()
    await expect.poll(() => tableRows(page, 'cases-table').count()).toBe(2)
    const texts = await columnTexts(page, 'cases-table', 'description')
    expect(texts.map((t) => t.split('\n')[0]).sort()).toEqual(['东侧安全出口被摊位货物堵塞', '二层灭火器压力不足3具'])

    const stored = (await harness.app.call('cases/list', { text: '菜市场' })).rows
    expect(stored.map((c) => [c.inspectors, c.source, c.inspectionId !== null])).toEqual([
      ['王晓东、李明', 'special', true],
      ['王晓东、李明', 'special', true],
    ])
  })

  it('attaches photos before and after rectification and shows them as thumbnails from the core, not from disk paths', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const c = await registerCase(harness.app, '柳市镇颐康养老院', { description: '厨房燃气管道老化' })
    await open(`/cases/${c.id}`)
    await byTest(page, 'case-title').waitFor()
    await byTest(page, 'tab-attachments').click()

    await byTest(page, 'attachment-input').setInputFiles({ name: '厨房燃气管道.png', mimeType: 'image/png', buffer: samplePng(96, 72, [120, 110, 100], [200, 60, 40]) })
    await expect.poll(() => lastToast(page).innerText()).toBe('已上传 1 个文件')
    await byTest(page, 'attachment-phase').getByText('整改后').click()
    await byTest(page, 'attachment-input').setInputFiles({ name: '更换后.png', mimeType: 'image/png', buffer: samplePng(96, 72, [150, 160, 150], [60, 140, 60]) })

    const before = page.locator('[data-phase=before] [data-test=attachment]')
    const after = page.locator('[data-phase=after] [data-test=attachment]')
    await expect.poll(() => after.count()).toBe(1)
    expect(await before.getAttribute('data-name')).toBe('厨房燃气管道.png')
    const images = page.locator('[data-test=case-attachments] img')
    await expect.poll(() => images.evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth))).toEqual([96, 96])
    const sources = await images.evaluateAll((imgs) => imgs.map((i) => (i as unknown as { src: string }).src))
    expect(sources.every((src) => src.startsWith('data:image/png;base64,'))).toBe(true)
    await byTest(page, 'tab-timeline').click()
    expect(await byTest(page, 'case-timeline').innerText()).toContain('整改后：更换后.png')
    expect((await harness.app.call('cases/attachments', { caseId: c.id })).map((a) => [a.originalName, a.phase, a.mime])).toEqual([
      ['厨房燃气管道.png', 'before', 'image/png'],
      ['更换后.png', 'after', 'image/png'],
    ])
  })

  it('finds a case from the header search box by three characters of its description, and by two', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const c = await registerCase(harness.app, '华联超市柳市店', { description: '仓库内货物堆放紧贴照明灯具' })
    await registerCase(harness.app, '星光KTV', { description: '包厢疏散指示标志损坏' })

    await open('/subjects')
    await byTest(page, 'header-search').locator('input').fill('紧贴照')
    await byTest(page, 'header-search').locator('input').press('Enter')
    await expect.poll(() => page.locator('[data-test=case-hit]').allInnerTexts()).toHaveLength(1)
    expect(await page.locator('[data-test=case-hit]').innerText()).toContain('仓库内货物堆放紧贴照明灯具')

    await byTest(page, 'search-input').locator('input').fill('华联')
    await expect.poll(() => page.locator('[data-test=subject-hit]').count()).toBe(1)
    expect(await page.locator('[data-test=case-hit]').count()).toBe(1)

    await page.locator('[data-test=case-hit] a').click()
    await expect.poll(() => byTest(page, 'case-description').innerText()).toBe('仓库内货物堆放紧贴照明灯具')
    expect(page.url()).toContain(`#/cases/${c.id}`)
  })
})
