import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'

describe('areas', () => {
  it('creates, lists with subject counts, updates only what is sent, and refuses duplicates', async () => {
    const app = testApp()
    const a = await app.call('areas/create', { name: '长江村', grids: ['一网格'], headName: '陈海波', headPhone: '13906771234' })
    await app.call('subjects/create', { name: '长江村出租房', kindId: 'sk02', areaId: a.id })
    const u = await app.call('areas/update', { id: a.id, grids: ['一网格', '二网格'] })
    expect(u).toMatchObject({ name: '长江村', headName: '陈海波', grids: ['一网格', '二网格'], subjectCount: 1 })
    expect(await errorOf(app, 'areas/create', { name: '长江村' })).toEqual({ code: 'CONFLICT', message: '已有名为「长江村」的村(社区)', field: 'name' })
    expect((await errorOf(app, 'areas/create', { name: '' })).field).toBe('name')
    expect((await errorOf(app, 'areas/create', { name: '新村', headPhone: '12345' })).field).toBe('headPhone')
  })

  it('refuses to void an area that still has units, and voids an empty one with its reason kept', async () => {
    const app = testApp()
    const a = await app.call('areas/create', { name: '长江村' })
    const b = await app.call('areas/create', { name: '错录村' })
    await app.call('subjects/create', { name: '长江村出租房', kindId: 'sk02', areaId: a.id })
    expect((await errorOf(app, 'areas/void', { id: a.id, reason: '合并' })).code).toBe('ILLEGAL_STATE')
    await app.call('areas/void', { id: b.id, reason: '录入错误' })
    expect((await app.call('areas/list', {})).map((x) => x.name)).toEqual(['长江村'])
    const all = await app.call('areas/list', { includeVoided: true })
    expect(all.find((x) => x.id === b.id)).toMatchObject({ voidReason: '录入错误' })
  })
})

describe('settings', () => {
  it('starts with defaults and keeps every key an update does not send', async () => {
    const app = testApp()
    expect((await app.call('settings/get', {})).officeName).toBe('柳市镇消防安全委员会办公室')
    await app.call('settings/update', { officeName: '虹桥镇消防安全委员会办公室', officeShortName: '虹桥镇消安委办' })
    const s = await app.call('settings/update', { operatorName: '张丽' })
    expect(s).toMatchObject({ officeName: '虹桥镇消防安全委员会办公室', officeShortName: '虹桥镇消安委办', operatorName: '张丽' })
    expect((await errorOf(app, 'settings/update', { operatorName: '' })).field).toBe('operatorName')
  })
})

describe('the handler registry', () => {
  it('answers an unknown handler with a Chinese error and hides internal errors', async () => {
    const app = testApp()
    expect(await app.invoke('nope/nothing', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_HANDLER', message: '未知的操作：nope/nothing' } })
    app.ctx.db.exec('DROP TABLE subjects')
    const r = await app.invoke('subjects/list', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(r)).not.toMatch(/subjects|SQLITE|at /)
  })

  it('refuses to register two handlers under one name', async () => {
    const { Registry } = await import('../../../electron/core/registry')
    const { allHandlers } = await import('../../../electron/core/handlers')
    const first = allHandlers[0]
    if (!first) throw new Error('no handlers')
    expect(() => new Registry([...allHandlers, first])).toThrow(/registered twice/)
  })
})
