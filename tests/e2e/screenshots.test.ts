import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedRegister, UNIT_COUNT } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, cjkGlyphs, discardChanges, feedbackUnder, pick, tableRows } from './ui'

const ui = useUi()
/** Transitions (menu highlight, message fade-in, spinner fade-out) are run to their end first. */
const shot = (name: string) => ({ path: join(SCREENSHOT_DIR, name), animations: 'disabled' as const })

describe('screens with a realistic register of 柳市镇', () => {
  it('renders Chinese glyphs (not tofu) and saves screenshots of each page', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await harness.app.call('settings/update', { operatorName: '王晓东' })
    await open('/subjects')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(UNIT_COUNT)

    const glyphs = await cjkGlyphs(page)
    expect(glyphs, 'a CJK font must be installed (fonts-noto-cjk)').toEqual({ distinct: glyphs.total, inked: glyphs.total, total: 9 })
    await page.screenshot(shot('subjects-list.png'))

    await byTest(page, 'subject-add').click()
    await byTest(page, 'field-name').locator('input').fill('乐清市正达开关厂')
    await pick(page, byTest(page, 'field-kind'), '工业企业')
    await pick(page, byTest(page, 'field-area'), '吕庄村')
    await byTest(page, 'field-creditCode').locator('input').fill('91330382MA2J4LQ88X')
    await byTest(page, 'subject-save').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'field-creditCode')).innerText()).not.toBe('')
    await page.screenshot(shot('subject-form-credit-code-error.png'))
    await page.keyboard.press('Escape')
    await discardChanges(page)
    await byTest(page, 'subject-drawer').waitFor({ state: 'hidden' })

    const [copy] = (await harness.app.call('subjects/list', { text: '美佳美发店' })).rows
    await harness.app.call('subjects/void', { id: copy?.id ?? '', reason: '重复登记，与前街路78号美佳理发店为同一家' })
    await byTest(page, 'filter-text').locator('input').fill('前街')
    await pick(page, byTest(page, 'filter-status'), '全部')
    await expect.poll(() => page.locator('.row-voided').count()).toBe(1)
    await page.screenshot(shot('subjects-with-voided.png'))

    await open('/areas')
    await expect.poll(() => tableRows(page, 'areas-table').count()).toBe(7)
    await page.screenshot(shot('areas.png'))

    await open('/settings')
    await byTest(page, 'settings-save').waitFor()
    await page.screenshot(shot('settings.png'))
  })
})
