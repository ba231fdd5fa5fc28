import { describe, expect, it } from 'vitest'
import { addDays, todayOf } from './cases-helpers'
import { seedRegister } from './seed-data'
import { useUi } from './support'
import { byTest } from './ui'

const ui = useUi()

/** The date as staff would type it today, e.g. 12月4日. */
const spoken = (iso: string): string => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

describe('keyboard', () => {
  it('registers a hazard without the mouse: unit by pinyin initials, dates typed as people write them', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const deadline = addDays(today, 10)
    await open('/cases')

    await byTest(page, 'case-add').focus()
    await page.keyboard.press('Enter')
    await byTest(page, 'case-drawer').waitFor()
    await expect.poll(() => byTest(page, 'field-subjectId').locator('input:focus').count()).toBe(1)
    await page.keyboard.type('hyl')
    await page.locator('.n-base-select-option').filter({ hasText: '好运来' }).first().waitFor()
    await page.keyboard.press('Enter')

    const found = byTest(page, 'field-foundDate').locator('input')
    await found.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type(spoken(today))
    await page.keyboard.press('Tab')
    // 检查人员 is the roster picker: a name not on the roster is typed, then confirmed with Enter once offered.
    // 检查人员 is the roster picker: Enter opens it, a name not on the roster is typed and confirmed with Enter.
    await byTest(page, 'field-inspectors').locator('[tabindex="0"]').first().focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('王晓东')
    await page.locator('.n-base-select-option').filter({ hasText: '王晓东' }).first().waitFor()
    await page.keyboard.press('Enter')
    await byTest(page, 'field-description').locator('textarea').focus()
    await page.keyboard.type('配电箱周边堆放纸箱等可燃物')
    await byTest(page, 'field-requirement').locator('textarea').focus()
    await page.keyboard.type('立即清理配电箱周边可燃物')
    const due = byTest(page, 'field-deadline').locator('input')
    await due.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type(deadline.replace(/-/g, ''))
    await page.keyboard.press('Enter')
    await expect.poll(() => due.inputValue()).toBe(deadline)
    expect(await found.inputValue()).toBe(today)
    await byTest(page, 'field-categoryId').locator('input').focus()
    await page.keyboard.type('违规用火')
    await page.locator('.n-base-select-option').filter({ hasText: '违规用火' }).first().waitFor()
    await page.keyboard.press('Enter')

    await byTest(page, 'case-save').focus()
    await page.keyboard.press('Enter')
    await byTest(page, 'case-drawer').waitFor({ state: 'hidden' })
    const [c] = (await harness.app.call('cases/list', {})).rows
    expect(c).toMatchObject({ foundDate: today, deadline, description: '配电箱周边堆放纸箱等可燃物', inspectors: '王晓东' })
    expect(c?.subjectName).toContain('好运来')
  })
})
