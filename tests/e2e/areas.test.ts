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

  it('检查人员名册: adds a person, edits the phone, voids one with a reason and shows them greyed under 显示已作废', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('inspectors/create', { name: '王建国' })
    await open('/inspectors')
    await expect.poll(() => columnTexts(page, 'roster-table', 'name')).toEqual(['王建国'])

    await byTest(page, 'roster-add').click()
    await byTest(page, 'roster-name').locator('input').fill('李明')
    await byTest(page, 'roster-save').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已添加「李明」')
    await expect.poll(() => columnTexts(page, 'roster-table', 'name')).toContain('李明')

    const rowOf = (name: string) => tableRows(page, 'roster-table').filter({ has: page.locator('td[data-col-key="name"]', { hasText: name }) })
    await rowOf('李明').getByText('编辑', { exact: true }).click()
    await expect.poll(() => byTest(page, 'roster-name').locator('input').inputValue()).toBe('李明')
    await byTest(page, 'roster-phone').locator('input').fill('13905771234')
    await byTest(page, 'roster-save').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已保存「李明」')
    await expect.poll(() => rowOf('李明').locator('td[data-col-key="phone"]').innerText()).toBe('13905771234')

    await rowOf('王建国').getByText('作废', { exact: true }).click()
    await byTest(page, 'void-reason').locator('textarea').fill('调离本镇')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => columnTexts(page, 'roster-table', 'name')).toEqual(['李明'])
    await byTest(page, 'roster-show-voided').click()
    await expect.poll(() => rowOf('王建国').locator('td[data-col-key="name"]').innerText()).toBe('王建国\n已作废：调离本镇')
  })

  it('责任单位: a department is voided from its row with a reason and shown greyed when asked; a village has no 作废 there', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('areas/create', { name: '长江村' })
    await harness.app.call('responsibleUnits/create', { name: '镇应急管理办公室' })
    await open('/responsible-units')
    await expect.poll(() => columnTexts(page, 'units-table', 'name')).toEqual(expect.arrayContaining(['长江村', '镇应急管理办公室']))
    const rowOf = (name: string) => tableRows(page, 'units-table').filter({ has: page.locator('td[data-col-key="name"]', { hasText: name }) })
    expect(await rowOf('长江村').getByText('作废', { exact: true }).count()).toBe(0)

    await rowOf('镇应急管理办公室').getByText('作废', { exact: true }).click()
    await byTest(page, 'void-reason').locator('textarea').fill('机构改革撤并')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => columnTexts(page, 'units-table', 'name')).not.toContain('镇应急管理办公室')
    await page.locator('.n-switch').first().click()
    await expect.poll(() => rowOf('镇应急管理办公室').locator('td[data-col-key="name"]').innerText()).toBe('镇应急管理办公室\n已作废：机构改革撤并')
    expect(await rowOf('镇应急管理办公室').locator('td[data-col-key="actions"]').innerText()).toBe('已作废')
  })
})
