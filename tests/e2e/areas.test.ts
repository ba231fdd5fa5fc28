import { describe, expect, it } from 'vitest'
import { useUi } from './support'
import { byTest, columnTexts, discardChanges, feedbackUnder, lastToast, tableRows } from './ui'

const ui = useUi()

describe('村(社区) page', () => {
  it('adds an area with its 网格 and head, and lists it with its subject count', async () => {
    const { page, harness, open } = ui()
    await open('/areas')
    expect(await byTest(page, 'areas-table').innerText()).toContain('还没有登记村(社区)，请先新增')

    await byTest(page, 'area-add').click()
    await byTest(page, 'area-name').locator('input').fill('西岙村')
    for (const grid of ['西岙一网格', '西岙二网格']) {
      await byTest(page, 'area-grid-add').click()
      const input = byTest(page, 'area-grids').locator('input')
      await input.fill(grid)
      await input.press('Enter')
    }
    await byTest(page, 'area-headName').locator('input').fill('陈海东')
    await byTest(page, 'area-headPhone').locator('input').fill('0577-6171')
    await byTest(page, 'area-save').click()
    const phone = byTest(page, 'area-headPhone')
    await expect.poll(() => feedbackUnder(page, phone).innerText()).toBe('负责人电话格式不正确（手机号11位，或座机如 0577-61234567）')

    await phone.locator('input').fill('13857761234')
    await byTest(page, 'area-save').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已新增「西岙村」')
    await expect.poll(() => columnTexts(page, 'areas-table', 'name')).toEqual(['西岙村'])
    const row = tableRows(page, 'areas-table').first()
    expect(await row.locator('td[data-col-key="grids"] .n-tag').allInnerTexts()).toEqual(['西岙一网格', '西岙二网格'])
    expect(await row.locator('td[data-col-key="headName"]').innerText()).toBe('陈海东')
    expect(await row.locator('td[data-col-key="headPhone"]').innerText()).toBe('13857761234')
    expect(await row.locator('td[data-col-key="subjectCount"]').innerText()).toBe('0')

    const [area] = await harness.app.call('areas/list', {})
    await harness.app.call('subjects/create', { name: '西岙村老年活动中心', kindId: 'sk05', areaId: area?.id ?? '' })
    await page.reload()
    await expect.poll(() => tableRows(page, 'areas-table').first().locator('td[data-col-key="subjectCount"]').innerText()).toBe('1')
  })

  it('edits an area, refuses to void one that still has units, and voids an empty one with a reason', async () => {
    const { page, harness, open } = ui()
    const used = await harness.app.call('areas/create', { name: '吕庄村', grids: ['吕庄东片'] })
    await harness.app.call('areas/create', { name: '吕庄村（重复）' })
    await harness.app.call('subjects/create', { name: '乐清市鑫达电器厂', kindId: 'sk06', areaId: used.id })
    await open('/areas')
    await expect.poll(() => columnTexts(page, 'areas-table', 'name')).toEqual(['吕庄村', '吕庄村（重复）'])

    const rowOf = (name: string) => tableRows(page, 'areas-table').filter({ has: page.locator('td[data-col-key="name"]', { hasText: name }) })
    await rowOf('吕庄村').first().getByText('编辑', { exact: true }).click()
    await byTest(page, 'area-headName').locator('input').fill('吕志强')
    await byTest(page, 'area-save').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已保存「吕庄村」')
    await expect.poll(() => rowOf('吕庄村').first().locator('td[data-col-key="headName"]').innerText()).toBe('吕志强')

    await rowOf('吕庄村').first().getByText('作废', { exact: true }).click()
    await byTest(page, 'void-reason').locator('textarea').fill('与吕庄村（重复）合并')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('「吕庄村」下还有 1 个监管对象，不能作废')
    await page.keyboard.press('Escape')
    await discardChanges(page)
    await byTest(page, 'void-dialog').waitFor({ state: 'hidden' })

    await rowOf('吕庄村（重复）').getByText('作废', { exact: true }).click()
    await byTest(page, 'void-reason').locator('textarea').fill('重复录入')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => columnTexts(page, 'areas-table', 'name')).toEqual(['吕庄村'])

    await byTest(page, 'area-show-voided').click()
    await expect.poll(() => tableRows(page, 'areas-table').count()).toBe(2)
    const voided = rowOf('吕庄村（重复）')
    expect(await voided.getAttribute('class')).toContain('row-voided')
    expect(await voided.locator('td[data-col-key="name"]').innerText()).toBe('吕庄村（重复）\n已作废：重复录入')
  })
})
