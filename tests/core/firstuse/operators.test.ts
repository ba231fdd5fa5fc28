import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'

describe('operators and who is on duty', () => {
  it('records the operator on duty on every write once one is chosen', async () => {
    const app = testApp()
    expect(await app.call('operators/current', {})).toEqual({ operatorId: null, name: '管理员', roles: ['drafter', 'reviewer', 'signer'] })
    const li = await app.call('operators/create', { name: '李晓燕', roles: ['signer', 'drafter'] })
    expect(li).toMatchObject({ name: '李晓燕', roles: ['drafter', 'signer'], hasPin: false })
    // With operators on the list, nobody chosen may only draft.
    expect((await app.call('operators/current', {})).roles).toEqual(['drafter'])
    await app.call('operators/signIn', { id: li.id })
    const area = await app.call('areas/create', { name: '柳江村', areaType: 'village' })
    const log = await app.call('audit/list', { entity: 'area', record: area.id })
    expect(log.rows[0]).toMatchObject({ operator: '李晓燕', action: 'create' })
  })

  it('refuses a duplicate name, an empty role list and a PIN that is not 4-8 digits, in Chinese', async () => {
    const app = testApp()
    await app.call('operators/create', { name: '王建国', roles: ['drafter'] })
    expect(await errorOf(app, 'operators/create', { name: '王建国', roles: ['reviewer'] })).toMatchObject({ code: 'CONFLICT', field: 'name', message: '已有名为「王建国」的操作员' })
    expect(await errorOf(app, 'operators/create', { name: '张三', roles: [] })).toMatchObject({ field: 'roles', message: '请至少选择一个角色（经办、审核、签发）' })
    expect(await errorOf(app, 'operators/create', { name: '张三', roles: ['drafter'], pin: '12a' })).toMatchObject({ field: 'pin', message: 'PIN应为4至8位数字，不用PIN请留空' })
  })

  it('locks an operator for a minute after five wrong PINs, and a right PIN then works', async () => {
    const app = testApp()
    const o = await app.call('operators/create', { name: '陈志强', roles: ['reviewer'], pin: '2468' })
    expect(o.hasPin).toBe(true)
    for (let i = 1; i <= 4; i++) {
      expect((await errorOf(app, 'operators/signIn', { id: o.id, pin: '0000' })).message).toBe(`PIN不正确，还可以再试${5 - i}次`)
    }
    expect((await errorOf(app, 'operators/signIn', { id: o.id, pin: '0000' })).message).toBe('PIN已连续输错5次，请1分钟后再试')
    // Even the right PIN waits out the minute.
    expect((await errorOf(app, 'operators/signIn', { id: o.id, pin: '2468' })).message).toBe('PIN已连续输错5次，请60秒后再试')
    app.clock.set('2024-03-05T01:31:01.000Z')
    expect(await app.call('operators/signIn', { id: o.id, pin: '2468' })).toMatchObject({ name: '陈志强', roles: ['reviewer'] })
  })

  it('a voided operator leaves duty and the list', async () => {
    const app = testApp()
    const o = await app.call('operators/create', { name: '赵敏', roles: ['drafter'] })
    await app.call('operators/signIn', { id: o.id })
    await app.call('operators/void', { id: o.id, reason: '调离' })
    expect((await app.call('operators/current', {})).name).toBe('管理员')
    expect(await app.call('operators/list', {})).toEqual([])
    expect(await app.call('operators/list', { includeVoided: true })).toEqual([expect.objectContaining({ name: '赵敏', voidReason: '调离' })])
  })
})

describe('first-run setup', () => {
  it('opens until finished, and counts what is still missing', async () => {
    const app = testApp()
    expect(await app.call('settings/setupState', {})).toEqual({ needed: true, areas: 0, operators: 0 })
    expect(await app.call('areas/createMany', { names: ['柳江村', '前街社区', '柳江村', '智能电器产业园区'] })).toEqual({ created: ['柳江村', '前街社区', '智能电器产业园区'], skipped: [] })
    expect((await app.call('areas/createMany', { names: ['柳江村', '后街村'] })).skipped).toEqual(['柳江村'])
    expect((await app.call('areas/list', {})).map((a) => [a.name, a.areaType])).toContainEqual(['前街社区', 'community'])
    await app.call('settings/update', { officeName: '虹桥镇消防安全委员会办公室', setupDone: true })
    expect(await app.call('settings/setupState', {})).toEqual({ needed: false, areas: 4, operators: 0 })
  })

  it('refuses an empty office name and a 代字 a file name cannot hold, in Chinese', async () => {
    const app = testApp()
    expect(await errorOf(app, 'settings/update', { officeName: '  ' })).toMatchObject({ field: 'officeName', message: '请填写发文机关全称' })
    expect(await errorOf(app, 'settings/update', { docNumberCircular: '虹消安委/办〔{年}〕{n}号' })).toMatchObject({
      field: 'docNumberCircular',
      message: '工作通报文号的代字不能含有 \\ / : * ? " < > | 这些符号（文件名不能使用）',
    })
  })
})

describe('the unit picker', () => {
  it('finds a unit by the pinyin initials or the whole pinyin of its name, and by Chinese as before', async () => {
    const app = testApp()
    const area = await app.call('areas/create', { name: '柳江村', areaType: 'village' })
    for (const name of ['柳市镇好运来小吃店', '柳市镇宏达五金厂']) await app.call('subjects/create', { name, kindId: 'sk01', areaId: area.id })
    const names = async (text: string) => (await app.call('subjects/pick', { text })).map((s) => s.name)
    expect(await names('hyl')).toEqual(['柳市镇好运来小吃店'])
    expect(await names('HaoYunLai')).toEqual(['柳市镇好运来小吃店'])
    expect(await names('lszhd')).toEqual(['柳市镇宏达五金厂'])
    expect(await names('五金')).toEqual(['柳市镇宏达五金厂'])
    expect(await names('lsz')).toHaveLength(2)
  })
})
