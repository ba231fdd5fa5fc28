import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { registerCase } from './cases-helpers'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, lastToast, pick, tableRows } from './ui'

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

    // A filter that finds nothing is not an empty register: it says so plainly, and 清除筛选 brings the rows back.
    await byTest(page, 'filter-text').locator('input').fill('不存在的单位')
    await expect.poll(() => byTest(page, 'list-no-match').innerText()).toContain('没有符合条件的监管对象')
    await byTest(page, 'list-clear').click()
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(1)
    expect(await byTest(page, 'filter-text').locator('input').inputValue()).toBe('')
  })

  it('says on every list page what to do first, with a button for it, never a bare 无数据', async () => {
    const { page, open } = ui()
    const pages = ['/cases', '/inspections', '/revisits', '/incidents', '/interviews', '/supervisions', '/campaigns', '/responsible-units', '/documents', '/drafts', '/settings/backup', '/areas', '/inspectors']
    for (const route of pages) {
      await open(route)
      const start = byTest(page, 'empty-start')
      await start.waitFor()
      expect(await start.locator('button').count(), route).toBeGreaterThan(0)
      expect(await page.locator('.n-data-table-empty').innerText(), route).not.toContain('无数据')
    }
  })

  it('opens 登记隐患 from the empty ledger, and tells an empty filter result from an empty ledger', async () => {
    const { page, harness, open } = ui()
    const area = await harness.app.call('areas/create', { name: '长江村' })
    await page.setViewportSize({ width: 1366, height: 768 })
    await open('/cases')
    await byTest(page, 'empty-start').waitFor()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'empty-cases.png') })
    await byTest(page, 'empty-add-case').click()
    await byTest(page, 'case-drawer').waitFor()
    await byTest(page, 'form-cancel').click()
    await byTest(page, 'case-drawer').waitFor({ state: 'hidden' })

    await harness.app.call('subjects/create', { name: '长江村充电棚', kindId: 'sk01', areaId: area.id })
    await registerCase(harness.app, '长江村充电棚', {})
    await open(`/cases?f=${encodeURIComponent(JSON.stringify({ text: '不存在的隐患' }))}`)
    await expect.poll(() => byTest(page, 'list-no-match').innerText()).toContain('没有符合条件的隐患')
    expect(await byTest(page, 'empty-start').count()).toBe(0)
    await byTest(page, 'list-clear').click()
    await expect.poll(() => tableRows(page, 'cases-table').count()).toBe(1)
  })
})
