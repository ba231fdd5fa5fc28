import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, useUi } from './support'
import { byTest, feedbackUnder, lastToast, pick } from './ui'

const ui = useUi()

describe('设置 page', () => {
  it('saves the operator, who then shows in the header and is recorded on every write', async () => {
    const { page, harness, open } = ui()
    await open('/settings')
    expect(await byTest(page, 'operator').innerText()).toBe('经办人：管理员')

    const operator = byTest(page, 'settings-operatorName')
    await operator.locator('input').fill('')
    await byTest(page, 'settings-save').click()
    await expect.poll(() => feedbackUnder(page, operator).innerText()).toBe('请填写经办人姓名')

    await operator.locator('input').fill('李明')
    await byTest(page, 'settings-contactPhone').locator('input').fill('0577-61712119')
    await byTest(page, 'settings-save').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('设置已保存')
    await expect.poll(() => byTest(page, 'operator').innerText()).toBe('经办人：李明')

    await page.reload()
    await expect.poll(() => byTest(page, 'settings-contactPhone').locator('input').inputValue()).toBe('0577-61712119')
    expect(await harness.app.call('settings/get', {})).toMatchObject({ operatorName: '李明', contactPhone: '0577-61712119' })

    const area = await harness.app.call('areas/create', { name: '新光社区' })
    const unit = await harness.app.call('subjects/create', { name: '新光大厦', kindId: 'sk04', areaId: area.id })
    expect(unit.createdBy).toBe('李明')
  })

  it('adds an operator, refusing a blank name beside its field; the first operator is asked to sign in, and editing opens with what was saved', async () => {
    const { page, open } = ui()
    await open('/settings')
    await byTest(page, 'operator-add').click()
    await byTest(page, 'operator-save').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'operator-name')).innerText()).toBe('请填写操作员姓名')
    await byTest(page, 'operator-name').locator('input').fill('陈志强')
    await byTest(page, 'operator-pin').locator('input').fill('2468')
    await byTest(page, 'operator-save').click()
    await expect.poll(() => byTest(page, 'operators-table').innerText()).toContain('陈志强')
    expect(await byTest(page, 'operators-table').innerText()).toContain('已设PIN')

    // Once the office lists operators, whoever works signs in: Enter in the PIN field confirms.
    const dialog = byTest(page, 'duty-dialog')
    await dialog.waitFor()
    await pick(page, byTest(page, 'duty-operator'), '陈志强（经办、审核、签发）')
    await byTest(page, 'duty-pin').locator('input').fill('2468')
    await byTest(page, 'duty-pin').locator('input').press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => byTest(page, 'operator').innerText()).toBe('经办人：陈志强')

    await byTest(page, 'operators-table').getByRole('button', { name: '编辑' }).click()
    await expect.poll(() => byTest(page, 'operator-name').locator('input').inputValue()).toBe('陈志强')
  })

  it('edits the 场所类别 table: a new kind is offered in the unit form at once, renamed there too, and gone once voided while its unit keeps it', async () => {
    const { page, harness, open } = ui()
    await harness.app.call('areas/create', { name: '长江村' })
    await open('/settings')
    const table = byTest(page, 'code-table-subjectKinds')
    await byTest(page, 'code-add').click()
    await expect.poll(() => feedbackUnder(page, byTest(page, 'code-add-name')).innerText()).toBe('请填写场所类别名称')
    await byTest(page, 'code-add-name').locator('input').fill('九小场所')
    await byTest(page, 'code-add-name').locator('input').press('Enter')
    await expect.poll(() => feedbackUnder(page, byTest(page, 'code-add-name')).innerText()).toBe('已有名为「九小场所」的场所类别')
    await byTest(page, 'code-add-name').locator('input').fill('电动自行车充电场所')
    await byTest(page, 'code-add').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已添加「电动自行车充电场所」')

    await open('/subjects')
    await byTest(page, 'subject-add').click()
    await byTest(page, 'field-name').locator('input').fill('长江村充电棚')
    // The new kind is offered at once: typed into the picker, it is the one match.
    await byTest(page, 'field-kind').click()
    await page.keyboard.type('充电')
    await page.locator('.n-base-select-menu .n-base-select-option').filter({ hasText: /^电动自行车充电场所$/ }).click()
    await pick(page, byTest(page, 'field-area'), '长江村')
    await byTest(page, 'subject-save').click()
    await byTest(page, 'subject-drawer').waitFor({ state: 'hidden' })

    await open('/settings')
    const name = byTest(page, 'code-name-电动自行车充电场所').locator('input')
    await name.fill('集中充电场所')
    await byTest(page, 'code-rename-电动自行车充电场所').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('已改名为「集中充电场所」')
    expect(await table.innerText()).toContain('1 个单位')
    await byTest(page, 'code-void-集中充电场所').click()
    await byTest(page, 'void-dialog').locator('textarea').fill('并入九小场所')
    await byTest(page, 'void-confirm').click()
    await byTest(page, 'void-dialog').waitFor({ state: 'hidden' })
    await expect.poll(() => table.innerText()).not.toContain('集中充电场所')

    const [unit] = (await harness.app.call('subjects/list', { text: '充电棚' })).rows
    expect(unit?.kindName).toBe('集中充电场所')
    expect((await harness.app.call('subjectKinds/list', {})).map((k) => k.name)).not.toContain('集中充电场所')
  })

  it('keeps the caps on outside files: a bad one is named beside its field in Chinese, a good one is saved and holds at the next import', async () => {
    const { page, harness, open } = ui()
    await open('/settings')
    const rows = byTest(page, 'limits-maxImportRows')
    expect(await rows.locator('input').inputValue()).toBe('200000')
    await rows.locator('input').fill('0')
    const manifest = byTest(page, 'limits-maxManifestKb')
    await manifest.locator('input').fill('')
    await byTest(page, 'limits-save').click()
    await expect.poll(() => feedbackUnder(page, rows).innerText()).toBe('导入行数上限至少为1')
    expect(await feedbackUnder(page, manifest).innerText()).toBe('备份清单大小上限（KB）必须是数字')
    expect((await harness.app.call('settings/get', {})).maxImportRows).toBe(200_000)

    await rows.locator('input').fill('2')
    await manifest.locator('input').fill('64')
    await byTest(page, 'limits-save').click()
    await expect.poll(() => lastToast(page).innerText()).toBe('上限已保存')
    expect(await harness.app.call('settings/get', {})).toMatchObject({ maxImportRows: 2, maxManifestKb: 64 })
    // The card above, saved afterwards, keeps the caps it did not show.
    await byTest(page, 'settings-contactPhone').locator('input').fill('0577-61712119')
    await byTest(page, 'settings-save').click()
    await expect.poll(async () => (await harness.app.call('settings/get', {})).contactPhone).toBe('0577-61712119')
    expect(await harness.app.call('settings/get', {})).toMatchObject({ maxImportRows: 2, maxManifestKb: 64 })
    await byTest(page, 'limits').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-limits.png') })

    const csv = Buffer.from('单位名称,所属村\n甲,长江村\n乙,长江村\n丙,长江村\n').toString('base64')
    const e = await harness.app.invoke('import/preview', { kind: 'subjects', fileName: '单位.csv', dataBase64: csv })
    expect(e).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('超过 2 行（导入行数上限）') } })
  })
})
