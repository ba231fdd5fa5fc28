import { beforeEach, describe, expect, it } from 'vitest'
import type { FiredeskApp } from '../../../electron/core/app'
import { errorOf, testApp, VALID_CREDIT_CODE } from '../helpers'

let app: FiredeskApp & ReturnType<typeof testApp>
let areaId: string

beforeEach(async () => {
  app = testApp()
  areaId = (await app.call('areas/create', { name: '柳黄头村', grids: ['第一网格', '第二网格'] })).id
})

const unit = (over: Record<string, unknown> = {}) => ({
  name: '柳市镇好运来小吃店',
  kindId: 'sk01',
  areaId,
  address: '柳市镇柳黄头村前街12号',
  responsibleName: '王建国',
  responsiblePhone: '13857712345',
  ...over,
})

describe('subjects: validation at the boundary', () => {
  it.each([
    ['name', { name: '' }, '请填写单位名称'],
    ['name', { name: '   ' }, '请填写单位名称'],
    ['creditCode', { creditCode: '91330382MA2J4LQ88X' }, '统一社会信用代码校验位不正确，请核对'],
    ['creditCode', { creditCode: '9133038' }, '统一社会信用代码应为18位'],
    ['creditCode', { creditCode: '91330382MA2J4LQ8I3' }, '统一社会信用代码含有无效字符（不使用 I、O、Z、S、V）'],
    ['responsiblePhone', { responsiblePhone: '1385771234' }, '责任人电话格式不正确（手机号11位，或座机如 0577-61234567）'],
    ['managerPhone', { managerPhone: 'abc' }, '管理人电话格式不正确（手机号11位，或座机如 0577-61234567）'],
    ['riskColor', { riskColor: 'purple' }, '风险分类的取值无效，请从列表中选择'],
    ['kindId', { kindId: 'nope' }, '所选场所类别不存在'],
    ['areaId', { areaId: 'nope' }, '所选村(社区)不存在或已作废'],
  ])('rejects a bad %s with a Chinese message naming it', async (field, over, message) => {
    const e = await errorOf(app, 'subjects/create', unit(over))
    expect(e).toEqual({ code: 'VALIDATION', message, field })
    const all = await app.call('subjects/list', { status: 'all' })
    expect(all.total).toBe(0)
  })

  it('rejects a missing name as a required field', async () => {
    const { name: _omit, ...rest } = unit()
    expect(await errorOf(app, 'subjects/create', rest)).toMatchObject({ code: 'VALIDATION', field: 'name', message: '请填写单位名称' })
  })

  it('rejects unknown fields instead of silently dropping them', async () => {
    expect(await errorOf(app, 'subjects/create', unit({ nmae: 'x' }))).toMatchObject({ code: 'VALIDATION', field: 'nmae' })
  })

  it('accepts landlines, normalises a credit code typed in full-width lower case, and refuses a duplicate code', async () => {
    const s = await app.call('subjects/create', unit({ creditCode: '９１３３０３８２ｍａ２ｊ４ｌｑ８８３', managerPhone: '0577-61234567' }))
    expect(s.creditCode).toBe(VALID_CREDIT_CODE)
    const dup = await errorOf(app, 'subjects/create', unit({ name: '另一家店', creditCode: VALID_CREDIT_CODE }))
    expect(dup).toEqual({ code: 'CONFLICT', message: '统一社会信用代码已登记在「柳市镇好运来小吃店」名下', field: 'creditCode' })
  })
})

describe('subjects: edit, void, audit', () => {
  it('updates only the fields sent, and records who changed what', async () => {
    const s = await app.call('subjects/create', unit())
    app.clock.set('2024-03-06T02:00:00.000Z')
    const u = await app.call('subjects/update', { id: s.id, riskColor: 'red', isKey: true, colorReason: '列为重点单位' })
    expect(u).toMatchObject({ name: s.name, address: s.address, riskColor: 'red', isKey: true, updatedAt: '2024-03-06T02:00:00.000Z' })
    const rows = app.ctx.db.prepare("SELECT action, operator, data FROM audit_log WHERE entity = 'subject' ORDER BY seq").all() as {
      action: string
      operator: string
      data: string
    }[]
    expect(rows.map((r) => r.action)).toEqual(['create', 'update'])
    expect(rows[1]?.operator).toBe('管理员')
    expect(JSON.parse(rows[1]?.data ?? '{}')).toEqual({ riskColor: { from: 'green', to: 'red' }, isKey: { from: false, to: true }, colorReason: '列为重点单位' })
  })

  it('refuses to overwrite a newer edit made by someone else', async () => {
    const s = await app.call('subjects/create', unit())
    app.clock.set('2024-03-06T02:00:00.000Z')
    await app.call('subjects/update', { id: s.id, address: '新地址1号' })
    const e = await errorOf(app, 'subjects/update', { id: s.id, address: '旧表单', expectedUpdatedAt: s.updatedAt })
    expect(e.code).toBe('CONFLICT')
    expect((await app.call('subjects/get', { id: s.id })).address).toBe('新地址1号')
  })

  it('voids with a reason: the unit stays, hidden from the default list, and cannot be edited', async () => {
    const s = await app.call('subjects/create', unit())
    expect(await errorOf(app, 'subjects/void', { id: s.id, reason: '' })).toMatchObject({ field: 'reason', message: '请填写作废原因' })
    const v = await app.call('subjects/void', { id: s.id, reason: '重复录入' })
    expect(v).toMatchObject({ voidReason: '重复录入', voidedBy: '管理员' })
    expect((await app.call('subjects/list', {})).total).toBe(0)
    expect((await app.call('subjects/list', { status: 'voided' })).rows.map((r) => r.id)).toEqual([s.id])
    expect((await errorOf(app, 'subjects/update', { id: s.id, name: '改名' })).code).toBe('ILLEGAL_STATE')
    expect(() => app.ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    expect(() => app.ctx.db.prepare("UPDATE audit_log SET operator = 'x'").run()).toThrow(/append-only/)
  })

  it('records the operator named in settings', async () => {
    await app.call('settings/update', { operatorName: '李晓燕' })
    const s = await app.call('subjects/create', unit())
    expect(s.createdBy).toBe('李晓燕')
  })
})

describe('subjects/list', () => {
  beforeEach(async () => {
    const other = (await app.call('areas/create', { name: '长江村' })).id
    const data: [string, string, string, 'green' | 'grey' | 'yellow' | 'red', boolean][] = [
      ['柳市镇鑫达五金店', 'sk01', areaId, 'green', false],
      ['温州宏盛电器有限公司', 'sk06', other, 'red', true],
      ['长江村出租房12号', 'sk02', other, 'yellow', false],
      ['柳市华联超市', 'sk14', areaId, 'grey', true],
      ['顺发物流仓库', 'sk07', areaId, 'red', false],
    ]
    for (const [i, [name, kindId, area, riskColor, isKey]] of data.entries()) {
      app.clock.set(`2024-03-0${i + 1}T00:00:00.000Z`)
      await app.call('subjects/create', { name, kindId, areaId: area, riskColor, isKey, address: `柳市镇${name}路${i}号` })
    }
  })

  it('filters by kind, area, colour, key flag and text', async () => {
    const names = async (args: Parameters<typeof app.call<'subjects/list'>>[1]) => (await app.call('subjects/list', args)).rows.map((r) => r.name)
    expect(await names({ riskColor: 'red', sort: 'name' })).toEqual(['温州宏盛电器有限公司', '顺发物流仓库'])
    expect(await names({ areaId, riskColor: 'red' })).toEqual(['顺发物流仓库'])
    expect(await names({ kindId: 'sk02' })).toEqual(['长江村出租房12号'])
    expect(await names({ isKey: true, sort: 'createdAt' })).toEqual(['温州宏盛电器有限公司', '柳市华联超市'])
    expect(await names({ text: '宏盛' })).toEqual(['温州宏盛电器有限公司'])
    expect(await names({ text: '100%' })).toEqual([])
  })

  it('sorts by colour severity and by date both ways, and pages with a total', async () => {
    const byColour = await app.call('subjects/list', { sort: 'riskColor', order: 'desc' })
    expect(byColour.rows.map((r) => r.riskColor)).toEqual(['red', 'red', 'yellow', 'grey', 'green'])
    const p2 = await app.call('subjects/list', { sort: 'createdAt', order: 'desc', page: 2, pageSize: 2 })
    expect(p2).toMatchObject({ total: 5, page: 2, pageSize: 2 })
    expect(p2.rows.map((r) => r.name)).toEqual(['长江村出租房12号', '温州宏盛电器有限公司'])
    expect((await errorOf(app, 'subjects/list', { pageSize: 1000 })).field).toBe('pageSize')
  })
})
