import { describe, expect, it } from 'vitest'
import { useUi } from './support'
import { byTest, lastToast, pick } from './ui'

const ui = useUi()

describe('an empty install says what to do next', () => {
  it('offers the first unit from the empty register, and the first village right in its form', async () => {
    const { page, harness, open } = ui()
    await open('/subjects')
    const start = byTest(page, 'empty-start')
    await start.waitFor()
    expect(await start.innerText()).toContain('还没有监管对象')
    await byTest(page, 'empty-add-subject').click()

    const quick = byTest(page, 'quick-area')
    await quick.waitFor()
    expect(await quick.innerText()).toContain('还没有登记任何村(社区)')
    await byTest(page, 'quick-area-add').click()
    await expect.poll(() => byTest(page, 'quick-area-problem').innerText()).toBe('请填写村(社区)名称')
    await byTest(page, 'quick-area-name').locator('input').fill('长江村')
    await byTest(page, 'quick-area-add').click()
    await quick.waitFor({ state: 'hidden' })
    expect(await byTest(page, 'field-area').innerText()).toBe('长江村')

    await byTest(page, 'field-name').locator('input').fill('长江村充电棚')
    await pick(page, byTest(page, 'field-kind'), '九小场所')
    await byTest(page, 'subject-save').click()
    await byTest(page, 'subject-drawer').waitFor({ state: 'hidden' })
    await expect.poll(() => lastToast(page).innerText()).toContain('长江村充电棚')
    expect((await harness.app.call('areas/list', {})).map((a) => a.name)).toEqual(['长江村'])
    expect((await harness.app.call('subjects/list', {})).rows.map((s) => [s.name, s.areaName])).toEqual([['长江村充电棚', '长江村']])

    // A filter that finds nothing is not an empty register: it says so plainly.
    await byTest(page, 'filter-text').locator('input').fill('不存在的单位')
    await expect.poll(() => page.locator('[data-test=subjects-table] .n-data-table-empty').innerText()).toBe('没有符合条件的监管对象')
  })
})
