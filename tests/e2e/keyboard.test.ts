import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { addDays, todayOf } from './cases-helpers'
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

/** Types into the focused picker and takes the offered option with Enter. */
async function typeAndTake(page: Page, text: string, option: string): Promise<void> {
  await page.keyboard.type(text)
  await page.locator('.n-base-select-option').filter({ hasText: option }).first().waitFor()
  await page.keyboard.press('Enter')
}

describe('keyboard', () => {
  it('registers a hazard with Tab and typing only: pickers filter as typed, pinyin initials, dates typed as people write them', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const today = todayOf(harness.app)
    const deadline = addDays(today, 10)
    await open('/cases')

    await byTest(page, 'case-add').focus()
    await page.keyboard.press('Enter')
    await byTest(page, 'case-drawer').waitFor()
    await expect.poll(() => focusedField(page)).toBe('field-subjectId')
    await typeAndTake(page, 'hyl', '好运来')

    await tabTo(page, 'field-foundDate')
    await page.keyboard.press('Control+A')
    await page.keyboard.type(dashed(today))
    await tabTo(page, 'field-source')
    // 检查人员 is the roster picker: a name not on the roster is typed and confirmed with Enter once offered.
    await tabTo(page, 'field-inspectors')
    await typeAndTake(page, '王晓东', '王晓东')
    await tabTo(page, 'field-categoryId')
    await typeAndTake(page, '违规用火', '违规用火')
    await tabTo(page, 'field-severity')
    // 等级: the browser stops on each radio button of a group where none is chosen yet.
    for (let i = 0; i < 3 && (await focusedField(page)) === 'field-severity'; i++) await page.keyboard.press('Tab')
    expect(await focusedField(page)).toBe('field-description')
    await page.keyboard.type('配电箱周边堆放纸箱等可燃物')
    await tabTo(page, 'field-requirement')
    await page.keyboard.type('立即清理配电箱周边可燃物')
    await tabTo(page, 'field-legalBasis')
    await tabTo(page, 'field-deadline')
    await page.keyboard.press('Control+A')
    await page.keyboard.type(deadline.replace(/-/g, ''))
    await tabTo(page, 'form-cancel')
    await tabTo(page, 'case-save')
    await page.keyboard.press('Enter')

    await byTest(page, 'case-drawer').waitFor({ state: 'hidden' })
    const [c] = (await harness.app.call('cases/list', {})).rows
    expect(c).toMatchObject({ foundDate: today, deadline, description: '配电箱周边堆放纸箱等可燃物', requirement: '立即清理配电箱周边可燃物' })
    expect(c?.inspectors).toContain('王晓东')
    expect(c?.categoryName).toBe('违规用火用电用气')
    expect(c?.subjectName).toContain('好运来')
  })
})
