import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { addDays, registerCase, todayOf } from './cases-helpers'
import { seedRegister } from './seed-data'
import { useUi } from './support'
import { byTest } from './ui'

const ui = useUi()

/** The date as staff would type it, without leading zeros: 2024-3-5. */
const dashed = (iso: string): string => `${Number(iso.slice(0, 4))}-${Number(iso.slice(5, 7))}-${Number(iso.slice(8, 10))}`

/** The data-test of the field that holds the focus. */
const focusedField = (page: Page): Promise<string | null> =>
  page.evaluate<string | null>(`document.activeElement?.closest('[data-test]')?.getAttribute('data-test') ?? null`)

/** Tab once and check where the focus went: only Tab and typing move through the form. */
async function tabTo(page: Page, field: string): Promise<void> {
  await page.keyboard.press('Tab')
  await expect.poll(() => focusedField(page)).toBe(field)
}

/** How many pickers' lists and calendars are open: none, as a form opens on its first field. */
const openPopups = (page: Page): Promise<number> =>
  page.evaluate<number>(`[...document.querySelectorAll('.n-base-select-menu, .n-date-panel')].filter((e) => e.checkVisibility()).length`)

/** Types into the focused picker until it offers the option first, highlighted. */
async function typeTill(page: Page, text: string, option: string): Promise<void> {
  await page.keyboard.type(text)
  await page.locator('.n-base-select-option--pending').filter({ hasText: option }).first().waitFor()
}

/** Types into the focused picker and takes the offered option with Enter. */
async function typeAndTake(page: Page, text: string, option: string): Promise<void> {
  await typeTill(page, text, option)
  await page.keyboard.press('Enter')
}

describe('keyboard', () => {
  it('registers a hazard with Tab and typing only: pickers filter as typed, pinyin initials, dates typed as people write them', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const found = addDays(today, -1)
    const deadline = addDays(today, 10)
    await open('/cases')

    await byTest(page, 'case-add').focus()
    await page.keyboard.press('Enter')
    await byTest(page, 'case-drawer').waitFor()
    await expect.poll(() => focusedField(page)).toBe('field-subjectId')
    await typeAndTake(page, 'hyl', '好运来')

    // Tab into a date selects its text, as in any text field: what is typed replaces it.
    await tabTo(page, 'field-foundDate')
    await page.keyboard.type(dashed(found))
    // 发现方式, a short fixed list, filters what is typed like every other picker; Tab takes the match.
    await tabTo(page, 'field-source')
    await typeTill(page, '夜', '夜查')
    // 检查人员 is the roster picker: a name not on the roster is typed and kept by Enter, or by Tab.
    await tabTo(page, 'field-inspectors')
    await typeAndTake(page, '王晓东', '王晓东')
    await typeTill(page, '李明', '李明')
    await tabTo(page, 'field-categoryId')
    // Every picker takes pinyin initials, not only the unit picker.
    await typeAndTake(page, 'wgyh', '违规用火')
    // 等级 is one Tab stop; the arrows move the choice.
    await tabTo(page, 'field-severity')
    await page.keyboard.press('ArrowRight')
    await tabTo(page, 'field-description')
    await page.keyboard.type('配电箱周边堆放纸箱等可燃物')
    await tabTo(page, 'field-requirement')
    await page.keyboard.type('立即清理配电箱周边可燃物')
    await tabTo(page, 'field-legalBasis')
    await tabTo(page, 'field-deadline')
    await page.keyboard.type(deadline.replace(/-/g, ''))
    await tabTo(page, 'form-cancel')
    await tabTo(page, 'case-save')
    await page.keyboard.press('Enter')

    await byTest(page, 'case-drawer').waitFor({ state: 'hidden' })
    const [c] = (await harness.app.call('cases/list', {})).rows
    expect(c).toMatchObject({ foundDate: found, source: 'night', severity: 'major', deadline, description: '配电箱周边堆放纸箱等可燃物', requirement: '立即清理配电箱周边可燃物' })
    expect(c?.inspectors).toBe('王晓东、李明')
    expect(c?.categoryName).toBe('违规用火用电用气')
    expect(c?.subjectName).toContain('好运来')
  })

  it('a dialog that opens on a picker (选择当班操作员) starts there with its list shut, and goes by Tab and typing', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('operators/create', { name: '黄丽娜', roles: ['drafter'] })
    await harness.app.call('operators/create', { name: '陈志强', roles: ['reviewer'], pin: '2468' })
    harness.app.ctx.session.operatorId = null
    await open('/cases')

    await byTest(page, 'duty-dialog').waitFor()
    await expect.poll(() => focusedField(page)).toBe('duty-operator')
    expect(await openPopups(page)).toBe(0)
    await typeAndTake(page, 'czq', '陈志强')
    await tabTo(page, 'duty-pin')
    await page.keyboard.type('2468')
    await tabTo(page, 'form-cancel')
    await tabTo(page, 'duty-confirm')
    await page.keyboard.press('Enter')

    await byTest(page, 'duty-dialog').waitFor({ state: 'hidden' })
    await expect.poll(() => byTest(page, 'operator').innerText()).toBe('经办人：陈志强')
  })

  it('a dialog that opens on a date (延期) starts on it with the calendar shut, takes typed dates, and asks before a changed form is dropped by Esc', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const c = await registerCase(harness.app, '柳市镇好运来小吃店', { foundDate: addDays(today, -10), deadline: addDays(today, 2) })
    const approved = addDays(today, -1)
    const extended = addDays(today, 30)
    await open(`/cases/${c.id}`)

    await byTest(page, 'case-actions').getByRole('button', { name: '延期' }).focus()
    await page.keyboard.press('Enter')
    await byTest(page, 'transition-dialog').waitFor()
    await expect.poll(() => focusedField(page)).toBe('transition-date')
    expect(await openPopups(page)).toBe(0)
    // Ctrl+A as in any field, then the date: both go into the date's text, not the page.
    await page.keyboard.press('Control+A')
    await page.keyboard.type(approved.replace(/-/g, ''))
    await tabTo(page, 'transition-newDeadline')
    await page.keyboard.type(dashed(extended))
    await tabTo(page, 'transition-reason')
    await page.keyboard.type('整改资金未到位')

    await page.keyboard.press('Escape')
    const ask = page.locator('.n-dialog').filter({ hasText: '放弃修改？' })
    await ask.waitFor()
    await page.keyboard.press('Escape')
    await ask.waitFor({ state: 'hidden' })
    expect(await byTest(page, 'transition-reason').locator('textarea').inputValue()).toBe('整改资金未到位')

    await expect.poll(() => focusedField(page)).toBe('transition-reason')
    await tabTo(page, 'transition-approver')
    await page.keyboard.type('李明')
    // Ctrl+Enter saves from any field.
    await page.keyboard.press('Control+Enter')

    await byTest(page, 'transition-dialog').waitFor({ state: 'hidden' })
    expect(await harness.app.call('cases/get', { id: c.id })).toMatchObject({ deadline: extended })
  })

  it('a form page (安排约谈) starts in its first field and goes by Tab and typing to 保存', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const c = await registerCase(harness.app, '柳市镇好运来小吃店', { foundDate: addDays(today, -40), deadline: addDays(today, -20) })
    const planned = addDays(today, 5)
    await open(`/interviews/new?caseIds=${c.id}`)

    await expect.poll(() => focusedField(page)).toBe('plan-kind')
    expect(await openPopups(page)).toBe(0)
    await typeAndTake(page, '警示', '警示约谈')
    await tabTo(page, 'plan-plannedAt')
    await page.keyboard.type(`${planned} 14:30`)
    for (const field of ['plan-subject', 'plan-area', 'plan-orgName', 'interviewee-name', 'interviewee-unit', 'interviewee-post', 'interviewee-phone', 'interviewee-add']) {
      await tabTo(page, field)
    }
    await tabTo(page, 'plan-interviewers')
    await page.keyboard.type('张伟、李明')
    await tabTo(page, 'plan-recorder')
    await tabTo(page, 'plan-place')
    await page.keyboard.type('镇政府三楼会议室')
    for (const field of ['plan-reason', 'plan-bring', 'form-cancel', 'plan-save']) await tabTo(page, field)
    await page.keyboard.press('Enter')

    await byTest(page, 'interview-new').waitFor({ state: 'hidden' })
    const [saved] = (await harness.app.call('interviews/list', {})).rows
    expect(saved).toMatchObject({ kind: 'warning', plannedAt: `${planned}T14:30`, interviewers: '张伟、李明', place: '镇政府三楼会议室' })
  })

  it('a dialog that opens on a radio group (调整分类) starts on the chosen button; the arrows change it', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const [unit] = (await harness.app.call('subjects/list', { text: '好运来' })).rows
    expect(unit?.riskColor).toBe('yellow')
    await open(`/subjects/${unit?.id ?? ''}/dossier`)

    await byTest(page, 'dossier-recolor').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedField(page)).toBe('recolor-color')
    expect(await page.evaluate<string>(`document.activeElement.value`)).toBe('yellow')
    await page.keyboard.press('ArrowRight')
    await tabTo(page, 'recolor-reason')
    await page.keyboard.type('夜查发现违规住人')
    await tabTo(page, 'form-cancel')
    await tabTo(page, 'recolor-save')
    // Round again from the last button: back on the group at its chosen button.
    await tabTo(page, 'recolor-color')
    expect(await page.evaluate<string>(`document.activeElement.value`)).toBe('red')
    for (const field of ['recolor-reason', 'form-cancel', 'recolor-save']) await tabTo(page, field)
    await page.keyboard.press('Enter')

    await byTest(page, 'recolor-modal').waitFor({ state: 'hidden' })
    expect(await harness.app.call('subjects/get', { id: unit?.id ?? '' })).toMatchObject({ riskColor: 'red' })
  })
})
