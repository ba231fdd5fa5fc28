import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedRegister, UNIT_COUNT } from './seed-data'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, columnTexts, feedbackUnder, lastToast, pick, tableRows } from './ui'

const ui = useUi()
const VALID_CODE = '91330382MA2J4LQ883'
const BAD_CODE = '91330382MA2J4LQ88X'

describe('监管对象 page', () => {
  it('adds a unit through the form with every field, then finds it by text and by area', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/subjects')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(UNIT_COUNT)

    await byTest(page, 'subject-add').click()
    await byTest(page, 'field-name').locator('input').fill('柳市镇恒通五金店')
    await pick(page, byTest(page, 'field-kind'), '九小场所')
    await pick(page, byTest(page, 'field-area'), '后街社区')
    await pick(page, byTest(page, 'field-grid'), '后街二网格')
    await byTest(page, 'field-creditCode').locator('input').fill(VALID_CODE)
    await byTest(page, 'field-address').locator('input').fill('柳市镇后街路45号')
    await byTest(page, 'field-responsibleName').locator('input').fill('周海燕')
    await byTest(page, 'field-responsiblePhone').locator('input').fill('13587761234')
    await byTest(page, 'field-managerName').locator('input').fill('王刚')
    await byTest(page, 'field-managerPhone').locator('input').fill('0577-61781234')
    await byTest(page, 'field-riskColor').locator('[data-risk="red"]').first().click()
    await byTest(page, 'field-isKey').click()
    await byTest(page, 'field-notes').locator('textarea').fill('一楼经营，二楼住人，已告知分隔要求')
    await byTest(page, 'subject-save').click()

    await expect.poll(() => lastToast(page).innerText()).toBe('已新增「柳市镇恒通五金店」')
    await byTest(page, 'subject-drawer').waitFor({ state: 'hidden' })

    const stored = (await harness.app.call('subjects/list', { text: '恒通' })).rows
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      name: '柳市镇恒通五金店',
      kindName: '九小场所',
      areaName: '后街社区',
      grid: '后街二网格',
      creditCode: VALID_CODE,
      address: '柳市镇后街路45号',
      responsibleName: '周海燕',
      responsiblePhone: '13587761234',
      managerName: '王刚',
      managerPhone: '0577-61781234',
      riskColor: 'red',
      isKey: true,
      notes: '一楼经营，二楼住人，已告知分隔要求',
      createdBy: '管理员',
    })

    await byTest(page, 'filter-text').locator('input').fill('恒通')
    await expect.poll(() => columnTexts(page, 'subjects-table', 'name')).toEqual(['柳市镇恒通五金店'])
    const row = tableRows(page, 'subjects-table').first()
    expect(await row.locator('[data-risk="red"]').innerText()).toBe('红')
    expect(await row.innerText()).toContain('重点')
    expect(await byTest(page, 'subjects-table').locator('.n-pagination-prefix').innerText()).toBe('共 1 条')

    await byTest(page, 'filter-text').locator('input').fill('')
    await pick(page, byTest(page, 'filter-area'), '后街社区')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(4)
    const areas = await columnTexts(page, 'subjects-table', 'area')
    expect(areas.every((a) => a.startsWith('后街社区'))).toBe(true)
    expect(await columnTexts(page, 'subjects-table', 'name')).toContain('柳市镇恒通五金店')
  })

  it('shows the Chinese reason under the field the core refused, and saves once corrected', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/subjects')
    await byTest(page, 'subject-add').click()
    const name = byTest(page, 'field-name')
    const code = byTest(page, 'field-creditCode')

    await name.locator('input').fill('乐清市正达开关厂')
    await byTest(page, 'subject-save').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'field-kind')).innerText()).toBe('请选择场所类别')

    await pick(page, byTest(page, 'field-kind'), '工业企业')
    await pick(page, byTest(page, 'field-area'), '吕庄村')
    await code.locator('input').fill(BAD_CODE)
    await byTest(page, 'subject-save').click()
    await expect.poll(() => feedbackUnder(page, code).innerText()).toBe('统一社会信用代码校验位不正确，请核对')
    expect(await feedbackUnder(page, name).innerText()).toBe('')
    expect(await feedbackUnder(page, byTest(page, 'field-kind')).innerText()).toBe('')

    await byTest(page, 'field-responsiblePhone').locator('input').fill('1380577')
    await code.locator('input').fill(VALID_CODE)
    await expect.poll(() => feedbackUnder(page, code).innerText()).toBe('')
    await byTest(page, 'subject-save').click()
    await expect
      .poll(() => feedbackUnder(page, byTest(page, 'field-responsiblePhone')).innerText())
      .toBe('责任人电话格式不正确（手机号11位，或座机如 0577-61234567）')

    await byTest(page, 'field-responsiblePhone').locator('input').fill('13805771234')
    await byTest(page, 'subject-save').click()
    await byTest(page, 'subject-drawer').waitFor({ state: 'hidden' })
    expect((await harness.app.call('subjects/list', { text: '正达' })).rows.map((s) => s.creditCode)).toEqual([VALID_CODE])
  })

  it('voids a unit with a reason: gone from the list, shown greyed with its reason under 已作废', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/subjects')
    await byTest(page, 'filter-text').locator('input').fill('美佳')
    await expect.poll(() => columnTexts(page, 'subjects-table', 'name')).toEqual(['美佳美发店'])

    await tableRows(page, 'subjects-table').first().getByText('作废', { exact: true }).click()
    const reason = byTest(page, 'void-reason')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => feedbackUnder(page, reason).innerText()).toBe('请填写作废原因')

    await reason.locator('textarea').fill('重复登记，与前街路78号美佳理发店为同一家')
    await byTest(page, 'void-confirm').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已作废')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(0)
    expect(await byTest(page, 'subjects-table').innerText()).toContain('没有符合条件的监管对象')

    await pick(page, byTest(page, 'filter-status'), '已作废')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(1)
    const row = tableRows(page, 'subjects-table').first()
    expect(await row.getAttribute('class')).toContain('row-voided')
    expect(await row.locator('td[data-col-key="name"]').innerText()).toBe('美佳美发店\n已作废：重复登记，与前街路78号美佳理发店为同一家')
    expect(await row.locator('td[data-col-key="actions"]').innerText()).toBe('已作废')

    const voided = (await harness.app.call('subjects/list', { status: 'voided' })).rows
    expect(voided.map((s) => [s.name, s.voidReason])).toEqual([['美佳美发店', '重复登记，与前街路78号美佳理发店为同一家']])
  })

  it('asks why when the colour is changed in the edit form, and the dossier keeps the reason', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const [shop] = (await harness.app.call('subjects/list', { text: '美佳美发' })).rows
    await open('/subjects')
    await byTest(page, 'filter-text').locator('input').fill('美佳')
    await expect.poll(() => columnTexts(page, 'subjects-table', 'name')).toEqual(['美佳美发店'])
    await tableRows(page, 'subjects-table').first().getByText('编辑', { exact: true }).click()
    await byTest(page, 'subject-drawer').waitFor()
    expect(await byTest(page, 'field-colorReason').count()).toBe(0)
    await byTest(page, 'field-riskColor').locator('[data-risk="yellow"]').first().click()
    await byTest(page, 'subject-save').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'field-colorReason')).innerText()).toBe('调整风险分类须填写调整原因')
    expect((await harness.app.call('subjects/get', { id: shop?.id ?? '' })).riskColor).toBe(shop?.riskColor)
    await byTest(page, 'field-colorReason').locator('input').fill('夜查发现店内住人')
    await byTest(page, 'subject-save').click()
    await byTest(page, 'subject-drawer').waitFor({ state: 'hidden' })
    const colors = (await harness.app.call('dossier/get', { subjectId: shop?.id ?? '' })).colors
    expect(colors.at(-1)).toMatchObject({ to: 'yellow', reason: '夜查发现店内住人' })
  })

  it('sorts by clicking column headers and pages with the chosen page size', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    await open('/subjects')
    const table = byTest(page, 'subjects-table')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(UNIT_COUNT)

    await pick(page, table.locator('.n-pagination .n-select'), '10 / 页')
    await expect.poll(() => tableRows(page, 'subjects-table').count()).toBe(10)
    expect(await table.locator('.n-pagination-prefix').innerText()).toBe(`共 ${UNIT_COUNT} 条`)

    // naive-ui's cycle: a first click sorts descending (红 first), a second ascending.
    const header = (title: string) => table.locator('thead th').filter({ hasText: title })
    await header('风险分类').click()
    // the column shows the colour, then 重点 for a key unit
    const colours = async () => (await columnTexts(page, 'subjects-table', 'riskColor')).map((text) => text.split('\n')[0])
    await expect.poll(async () => (await colours()).slice(0, 4)).toEqual(['红', '红', '红', '黄'])
    await header('风险分类').click()
    await expect.poll(async () => (await colours())[0]).toBe('绿')

    await header('单位名称').click()
    const byCore = (order: 'asc' | 'desc', p: number) =>
      harness.app.call('subjects/list', { sort: 'name', order, page: p, pageSize: 10 }).then((r) => r.rows.map((s) => s.name))
    await expect.poll(() => columnTexts(page, 'subjects-table', 'name')).toEqual(await byCore('desc', 1))
    await table.locator('.n-pagination-item').filter({ hasText: /^2$/ }).click()
    await expect.poll(() => columnTexts(page, 'subjects-table', 'name')).toEqual(await byCore('desc', 2))
  })
})

describe('a unit registered twice', () => {
  it('shows the registered unit of the same name and address, links to it, and saves only once the user says it is another', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const [shop] = (await harness.app.call('subjects/list', { text: '好运来' })).rows
    await open('/subjects')
    await byTest(page, 'subject-add').click()
    // Pasted from a chat message: a zero-width space inside the name.
    await byTest(page, 'field-name').locator('input').fill(`${shop?.name.slice(0, 3)}\u200B${shop?.name.slice(3)}`)
    await pick(page, byTest(page, 'field-kind'), '九小场所')
    await pick(page, byTest(page, 'field-area'), shop?.areaName ?? '')
    await byTest(page, 'field-address').locator('input').fill(shop?.address ?? '')
    await byTest(page, 'subject-save').click()

    const warning = byTest(page, 'subject-duplicates')
    await warning.waitFor()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'subject-duplicates.png'), animations: 'disabled' })
    expect(await byTest(page, 'subject-duplicate').allInnerTexts()).toEqual([expect.stringContaining(`「${shop?.name}」${shop?.areaName}，${shop?.address}（地址相同）`)])
    expect(await byTest(page, 'subject-duplicate-open').getAttribute('href')).toContain(`/subjects/${shop?.id}/dossier`)
    expect((await harness.app.call('subjects/list', { text: shop?.name ?? '' })).total).toBe(1)

    await byTest(page, 'subject-confirm-duplicate').click()
    await byTest(page, 'subject-save').click()
    await byTest(page, 'subject-drawer').waitFor({ state: 'hidden' })
    const both = (await harness.app.call('subjects/list', { text: shop?.name ?? '' })).rows
    expect(both.map((s) => s.name)).toEqual([shop?.name, shop?.name])
  })
  it('links the unit a 统一社会信用代码 is already registered to, and offers no way to save a second', async () => {
    const { page, harness, open } = ui()
    await seedRegister(harness.app)
    const [shop] = (await harness.app.call('subjects/list', { text: '好运来' })).rows
    await harness.app.call('subjects/update', { id: shop?.id ?? '', creditCode: VALID_CODE })
    await open('/subjects')
    await byTest(page, 'subject-add').click()
    await byTest(page, 'field-name').locator('input').fill('鑫源汽修店')
    await pick(page, byTest(page, 'field-kind'), '九小场所')
    await pick(page, byTest(page, 'field-area'), shop?.areaName ?? '')
    await byTest(page, 'field-creditCode').locator('input').fill(VALID_CODE)
    await byTest(page, 'subject-save').click()

    await byTest(page, 'subject-duplicates').waitFor()
    expect(await byTest(page, 'subject-duplicate').allInnerTexts()).toEqual([expect.stringContaining(`「${shop?.name}」${shop?.areaName}，${shop?.address}（统一社会信用代码相同）`)])
    expect(await byTest(page, 'subject-confirm-duplicate').count()).toBe(0)
    expect(await feedbackUnder(page, byTest(page, 'field-creditCode')).innerText()).toBe(`统一社会信用代码已登记在「${shop?.name}」名下`)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'subject-duplicate-code.png'), animations: 'disabled' })
    await byTest(page, 'subject-duplicate-open').click()
    await byTest(page, 'dossier-counts').waitFor()
    expect(page.url()).toContain(`/subjects/${shop?.id}/dossier`)
    expect((await harness.app.call('subjects/list', { text: '鑫源汽修店' })).total).toBe(0)
  })
})
