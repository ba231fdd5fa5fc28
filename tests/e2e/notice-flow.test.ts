import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays, fillDate, pickShown, pickSubject, todayOf, zhDate } from './cases-helpers'
import { seedRegister } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, pick } from './ui'

const ui = useUi()

const hazards = [
  { category: '违规用火用电用气', description: '厨房电线私拉乱接，插线板串接使用', requirement: '由电工规范敷设线路' },
  { category: '占用堵塞疏散通道/安全出口', description: '后门安全出口被纸箱堵塞', requirement: '立即清理，保持安全出口畅通' },
  { category: '消防设施损坏停用', description: '灭火器压力不足', requirement: '更换合格灭火器' },
]

describe('one notice for an inspection, and the recheck opinion that says what was found', () => {
  it('an inspection of three hazards registered in its form → one notice moving all three → a failed recheck whose 复查意见书 names the unfixed hazard and the new deadline', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const app = harness.app
    const today = todayOf(app)

    // The inspection registered as the clerk does: one 检查记录 with its three hazards.
    await open('/cases')
    await byTest(page, 'inspection-add').click()
    await pickSubject(page, byTest(page, 'inspection-subjectId'), '好运来', '柳市镇好运来小吃店（前街社区）')
    await byTest(page, 'inspection-inspectors').click()
    await page.keyboard.type('王晓东、李明')
    await page.keyboard.press('Enter')
    await page.locator('[data-test=inspection-drawer] .n-drawer-header__main').click()
    for (const [i, h] of hazards.entries()) {
      if (i > 0) await byTest(page, 'hazard-add').click()
      await pickShown(page, byTest(page, `hazard-${i}-categoryId`), h.category)
      await byTest(page, `hazard-${i}-description`).locator('textarea').fill(h.description)
      await byTest(page, `hazard-${i}-requirement`).locator('textarea').fill(h.requirement)
      await fillDate(page, byTest(page, `hazard-${i}-deadline`), addDays(today, 10))
    }
    await byTest(page, 'inspection-save').click()
    await byTest(page, 'inspection-drawer').waitFor({ state: 'hidden' })
    const [inspection] = (await app.call('inspections/list', {})).rows
    expect(inspection).toMatchObject({ subjectName: '柳市镇好运来小吃店', inspectors: '王晓东、李明', hazardCount: 3 })
    const cases = (await app.call('cases/list', { inspectionId: inspection?.id ?? '', sort: 'number', order: 'asc' })).rows
    expect(cases.map((c) => c.description)).toEqual(hazards.map((h) => h.description))
    const [first, second, third] = cases

    // 下发整改通知 on one hazard opens the notice with all three of that inspection, ticked.
    await open(`/cases/${first?.id}`)
    await byTest(page, 'case-actions').locator('button').filter({ hasText: /^下发整改通知$/ }).click()
    const drawer = byTest(page, 'issue-drawer')
    await byTest(page, 'covered-cases').waitFor()
    const offered = byTest(page, 'covered-case')
    expect(await offered.count()).toBe(3)
    const rows = () => drawer.locator('[data-test^="field-hazards-"][data-test$="-description"] textarea').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value))
    expect(await rows()).toEqual(hazards.map((h) => h.description))
    // Unticking one leaves its row out; ticking it again brings it back, in the inspection's order.
    await offered.nth(2).click()
    await expect.poll(rows).toEqual(hazards.slice(0, 2).map((h) => h.description))
    await offered.nth(2).click()
    await expect.poll(rows).toEqual(hazards.map((h) => h.description))
    expect(await byTest(page, 'issue-number-hint').innerText()).toContain('所列各处隐患均转为“已下发整改通知”')
    await drawer.screenshot({ path: join(SCREENSHOT_DIR, 'notice-covered-cases.png'), animations: 'disabled' })
    await byTest(page, 'issue-submit').click()
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('已下发整改通知')

    const [notice] = (await app.call('documents/list', { kind: 'rectification_notice' })).rows
    for (const c of cases) {
      const now = await app.call('cases/get', { id: c.id })
      expect(now.status).toBe('noticed')
      expect(now.timeline.find((e) => e.action === 'notice')?.documentId).toBe(notice?.id)
    }
    expect((await app.call('documents/list', { kind: 'rectification_notice' })).total).toBe(1)

    for (const c of cases) for (const action of ['startRectify', 'requestRecheck'] as const) await app.call('cases/transition', { id: c.id, action })

    // The recheck: the second hazard is not fixed, with a new deadline.
    await open(`/cases/${first?.id}`)
    await byTest(page, 'issue-document').click()
    await page.locator('.n-dropdown-option').filter({ hasText: '复查意见书' }).click()
    await byTest(page, 'covered-cases').waitFor()
    expect(await byTest(page, 'covered-case').count()).toBe(3)
    for (const i of [0, 1, 2]) await drawer.locator(`[data-test="field-results-${i}-finding"] textarea`).fill(i === 1 ? '安全出口仍堆放纸箱' : '已整改')
    await pick(page, drawer.locator('[data-test="field-results-1-outcome"]'), '未整改到位')
    const newDeadline = addDays(today, 20)
    await fillDate(page, byTest(page, 'field-newDeadline'), newDeadline)
    await byTest(page, 'issue-submit').click()
    await expect.poll(() => byTest(page, 'case-status').innerText()).toBe('复查合格待销号')

    const [opinion] = (await app.call('documents/list', { kind: 'recheck_opinion' })).rows
    const text = JSON.stringify((await app.call('documents/get', { id: opinion?.id ?? '' })).data)
    expect(text).toContain('尚有1处未整改到位：后门安全出口被纸箱堵塞')
    expect(text).toContain(zhDate(newDeadline))
    expect(text).not.toContain('均已整改到位')
    expect(await app.call('cases/get', { id: second?.id ?? '' })).toMatchObject({ status: 'rectifying', deadline: newDeadline })
    expect((await app.call('cases/get', { id: third?.id ?? '' })).status).toBe('recheck_passed')
  })

  it('corrects a hazard from its page with a reason, the change old → new on the timeline', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const [unit] = (await harness.app.call('subjects/list', { text: '好运来' })).rows
    const c = await harness.app.call('cases/create', { subjectId: unit?.id ?? '', foundDate: today, source: 'routine', inspectors: '王晓东', categoryId: 'cc12', description: '灭火器压力不足', requirement: '更换', deadline: addDays(today, 7) })
    await harness.app.call('inspectors/create', { name: '李明', phone: '13805770002' })

    await open(`/cases/${c.id}`)
    await byTest(page, 'case-edit').click()
    const drawer = byTest(page, 'case-edit-drawer')
    await drawer.waitFor()
    await byTest(page, 'edit-requirement').locator('textarea').fill('送有资质的单位维修或更换，每月检查一次')
    await byTest(page, 'edit-responsiblePerson').locator('input').fill('郑建国（店主）')
    // 检查人员 come from the roster here too: the one registered is kept, another is picked.
    await byTest(page, 'edit-inspectors').click()
    await page.locator('.n-base-select-menu .n-base-select-option').filter({ hasText: /^李明$/ }).click()
    await drawer.locator('.n-drawer-header__main').click()
    await byTest(page, 'case-edit-save').click()
    await expect.poll(() => drawer.locator('.n-form-item-feedback').allInnerTexts()).toContain('请填写修改原因：它和原值一起记入办理过程')
    expect((await harness.app.call('cases/get', { id: c.id })).requirement).toBe('更换')
    await byTest(page, 'edit-reason').locator('input').fill('登记时整改要求过简')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'case-edit.png'), animations: 'disabled' })
    await byTest(page, 'case-edit-save').click()
    await drawer.waitFor({ state: 'hidden' })

    const timeline = byTest(page, 'case-timeline')
    await expect.poll(() => timeline.innerText()).toContain('登记时整改要求过简')
    expect(await timeline.innerText()).toContain('郑建国（店主）')
    expect(await harness.app.call('cases/get', { id: c.id })).toMatchObject({ requirement: '送有资质的单位维修或更换，每月检查一次', responsiblePerson: '郑建国（店主）', inspectors: '王晓东、李明', deadline: c.deadline })
  })
})
