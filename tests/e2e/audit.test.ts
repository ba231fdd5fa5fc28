import { describe, expect, it } from 'vitest'
import { useUi } from './support'
import { byTest, columnTexts, pick, tableRows } from './ui'

const ui = useUi()

describe('操作日志', () => {
  it('reads who did what: filtered by operator and by kind of record, ids only behind 口径与技术信息, the chain checked', async () => {
    const { page, harness, open } = ui()
    const app = harness.app
    const huang = await app.call('operators/create', { name: '黄丽娜', roles: ['drafter'] })
    const chen = await app.call('operators/create', { name: '陈建国', roles: ['drafter'] })
    await app.call('operators/signIn', { id: huang.id })
    const area = await app.call('areas/create', { name: '长江村' })
    await app.call('operators/signIn', { id: chen.id })
    await app.call('subjects/create', { name: '鑫达五金店', kindId: 'sk01', areaId: area.id })
    await app.call('subjects/create', { name: '好运来小吃店', kindId: 'sk01', areaId: area.id })

    await open('/audit')
    await tableRows(page, 'audit-table').first().waitFor()
    await pick(page, byTest(page, 'audit-operator'), '陈建国')
    await expect.poll(() => columnTexts(page, 'audit-table', 'operator')).toEqual(expect.arrayContaining(['陈建国']))
    expect(new Set(await columnTexts(page, 'audit-table', 'operator'))).toEqual(new Set(['陈建国']))
    await pick(page, byTest(page, 'audit-entity'), '监管对象')
    await expect.poll(() => columnTexts(page, 'audit-table', 'data')).toEqual(['好运来小吃店', '鑫达五金店'])

    const header = () => byTest(page, 'audit-table').locator('thead').innerText()
    expect(await header()).not.toContain('记录编号')
    await byTest(page, 'audit-technical').click()
    await expect.poll(header).toContain('记录编号')

    await byTest(page, 'audit-verify').click()
    await expect.poll(() => byTest(page, 'audit-chain').innerText()).toMatch(/^日志完好：共 \d+ 条记录，未发现改动$/)
  })
})
