import { describe, expect, it } from 'vitest'
import { useUi } from './support'
import { byTest, feedbackUnder, lastToast } from './ui'

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
})
