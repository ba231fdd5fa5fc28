import { describe, expect, it } from 'vitest'
import { addDays, registerCase, todayOf } from './cases-helpers'
import { seedRegister } from './seed-data'
import { useUi } from './support'
import { byTest, feedbackUnder } from './ui'

const ui = useUi()

/** The one form drawer every add/edit form uses (here the hazard form of 隐患台账). */
describe('form drawer', () => {
  it('starts in the first field, shows every rejected field at once, and asks before a changed form is closed', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/cases')

    await byTest(page, 'case-add').click()
    const drawer = byTest(page, 'case-drawer')
    await drawer.waitFor()
    await expect.poll(() => byTest(page, 'field-subjectId').locator('input:focus').count()).toBe(1)

    await byTest(page, 'field-inspectors').click()
    await page.keyboard.type('王晓东')
    await page.keyboard.press('Enter')
    await drawer.locator('.n-drawer-header__main').click()
    await byTest(page, 'case-save').click()
    for (const field of ['field-subjectId', 'field-categoryId', 'field-description', 'field-requirement']) {
      await expect.poll(() => feedbackUnder(page, byTest(page, field)).innerText(), { message: field }).not.toBe('')
    }
    expect(await page.locator('.n-message').count()).toBe(0)
    // The cursor goes from 保存 to the first field refused.
    await expect.poll(() => byTest(page, 'field-subjectId').locator('input:focus').count()).toBe(1)

    await page.keyboard.press('Escape')
    const ask = page.locator('.n-dialog').filter({ hasText: '放弃修改？' })
    await ask.waitFor()
    await ask.getByRole('button', { name: '继续编辑' }).click()
    await ask.waitFor({ state: 'hidden' })
    expect(await drawer.isVisible()).toBe(true)

    await byTest(page, 'form-cancel').click()
    await ask.getByRole('button', { name: '放弃修改' }).click()
    await drawer.waitFor({ state: 'hidden' })

    // Unchanged, it closes at once: also while it is still being filled (the roster is slow to come),
    // when it holds what the discarded form left.
    await page.route('**/rpc/inspectors/list', async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      await route.continue()
    })
    await byTest(page, 'case-add').click()
    await drawer.waitFor()
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })
    expect(await ask.count()).toBe(0)
    expect((await harness.app.call('cases/list', {})).total).toBe(0)
  })

  it('a form page (安排约谈) asks before a changed form is left, by 取消 or by the menu', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const c = await registerCase(harness.app, '柳市镇好运来小吃店', { foundDate: addDays(today, -40), deadline: addDays(today, -20) })
    await open(`/interviews/new?caseIds=${c.id}`)
    await byTest(page, 'plan-place').locator('input').fill('镇政府三楼会议室')

    await page.locator('.n-menu-item', { hasText: '监管对象' }).click()
    const ask = page.locator('.n-dialog').filter({ hasText: '放弃修改？' })
    await ask.getByRole('button', { name: '继续编辑' }).click()
    await ask.waitFor({ state: 'hidden' })
    expect(await byTest(page, 'plan-place').locator('input').inputValue()).toBe('镇政府三楼会议室')

    await byTest(page, 'form-cancel').click()
    await ask.getByRole('button', { name: '放弃修改' }).click()
    await byTest(page, 'interview-new').waitFor({ state: 'hidden' })
    expect((await harness.app.call('interviews/list', {})).total).toBe(0)
  })
})
