import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'
import { smallLedger } from '../cases/fixtures'

async function roster(app: ReturnType<typeof testApp>, areaId: string) {
  const wang = await app.call('inspectors/create', { name: '王志强', phone: '13805771234' })
  const lin = await app.call('inspectors/create', { name: '林海燕' })
  const grid = await app.call('inspectors/create', { name: '陈小芳', role: 'grid_worker', areaId, grid: '第三网格', phone: '0577-61234567' })
  return { wang, lin, grid }
}

describe('the roster of inspectors and 网格员', () => {
  it('keeps people with their village, grid and phone; a voided person leaves the picker but not the past', async () => {
    const app = testApp()
    const { north, shop } = await smallLedger(app)
    const { wang, lin, grid } = await roster(app, north.id)
    expect(grid).toMatchObject({ role: 'grid_worker', areaName: '柳黄头村', grid: '第三网格', inspectionCount: 0 })
    await app.call('cases/createInspection', { subjectId: shop.id, date: '2024-03-01', source: 'routine', inspectorIds: [wang.id, lin.id] })
    await app.call('inspectors/void', { id: lin.id, reason: '调离' })
    const live = await app.call('inspectors/list', {})
    expect(live.map((p) => p.name)).toEqual(['王志强', '陈小芳'])
    expect(live[0]?.inspectionCount).toBe(1)
    expect((await app.call('inspectors/list', { role: 'grid_worker' })).map((p) => p.name)).toEqual(['陈小芳'])
    const past = await app.call('inspections/list', {})
    expect(past.rows[0]?.inspectors).toBe('王志强、林海燕')
    expect(await errorOf(app, 'cases/createInspection', { subjectId: shop.id, date: '2024-03-02', source: 'routine', inspectorIds: [lin.id] })).toMatchObject({
      field: 'inspectorIds.0',
      message: '所选检查人员不存在或已作废',
    })
  })

  it('refuses a 网格员 without a village, a bad phone, and a change to a voided person', async () => {
    const app = testApp()
    await smallLedger(app)
    expect(await errorOf(app, 'inspectors/create', { name: '李四', role: 'grid_worker' })).toMatchObject({ field: 'areaId', message: '网格员须选择所属村(社区)' })
    expect(await errorOf(app, 'inspectors/create', { name: '李四', phone: '12345' })).toMatchObject({ field: 'phone' })
    const p = await app.call('inspectors/create', { name: '李四' })
    await app.call('inspectors/void', { id: p.id, reason: '录入错误' })
    expect(await errorOf(app, 'inspectors/update', { id: p.id, phone: '13805771234' })).toMatchObject({ code: 'ILLEGAL_STATE', message: '「李四」已作废，不能修改' })
    expect(app.ctx.db.prepare("SELECT count(*) AS n FROM inspectors WHERE phone <> ''").get()).toEqual({ n: 0 })
  })
})

describe('inspections as records', () => {
  it('records an inspection that found nothing, with the inspectors chosen from the roster', async () => {
    const app = testApp()
    const { north, shop } = await smallLedger(app)
    const { wang, grid } = await roster(app, north.id)
    const { inspection, cases } = await app.call('cases/createInspection', { subjectId: shop.id, date: '2024-03-04', source: 'night', inspectorIds: [grid.id, wang.id], notes: '未发现隐患' })
    expect(cases).toEqual([])
    expect(inspection).toMatchObject({ inspectors: '陈小芳、王志强', source: 'night', voidedAt: null })
    const detail = await app.call('inspections/get', { id: inspection.id })
    expect(detail).toMatchObject({ subjectName: '好运来小吃店', areaName: '柳黄头村', hazardCount: 0, cases: [] })
    expect(detail.roster.map((p) => p.name)).toEqual(['陈小芳', '王志强'])
    expect((await app.call('inspections/list', { result: 'none' })).total).toBe(1)
    expect((await app.call('inspections/list', { result: 'hazards' })).total).toBe(0)
    expect((await app.call('inspections/list', { inspectorId: wang.id })).total).toBe(1)
  })

  it('links the hazards an inspection found, and lists it among those with hazards', async () => {
    const app = testApp()
    const { factory } = await smallLedger(app)
    const h = { categoryId: 'cc04', description: '灭火器压力不足', requirement: '更换灭火器', deadline: '2024-03-20' }
    const { inspection, cases } = await app.call('cases/createInspection', { subjectId: factory.id, date: '2024-03-04', source: 'special', inspectors: '郑建国', hazards: [h, h] })
    const detail = await app.call('inspections/get', { id: inspection.id })
    expect(detail.hazardCount).toBe(2)
    expect(detail.cases.map((c) => c.id)).toEqual(cases.map((c) => c.id))
    expect((await app.call('inspections/list', { result: 'hazards', kind: 'special' })).total).toBe(1)
  })

  it('asks for inspectors, a kind of visit and a real campaign', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const base = { subjectId: shop.id, date: '2024-03-04', source: 'routine' as const }
    expect(await errorOf(app, 'cases/createInspection', base)).toMatchObject({ field: 'inspectorIds', message: '请选择检查人员' })
    expect(await errorOf(app, 'cases/createInspection', { ...base, source: 'report', inspectors: '王' })).toMatchObject({ field: 'source' })
    expect(await errorOf(app, 'cases/createInspection', { ...base, inspectors: '王', campaignId: 'nope' })).toMatchObject({ field: 'campaignId', message: '所选专项行动不存在或已作废' })
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM inspections').get()).toEqual({ n: 0 })
  })

  it('voids an inspection entered by mistake only once its hazards are voided', async () => {
    const app = testApp()
    const { shop } = await smallLedger(app)
    const h = { categoryId: 'cc04', description: '灭火器压力不足', requirement: '更换灭火器', deadline: '2024-03-20' }
    const { inspection, cases } = await app.call('cases/createInspection', { subjectId: shop.id, date: '2024-03-04', source: 'routine', inspectors: '王', hazards: [h] })
    expect(await errorOf(app, 'inspections/void', { id: inspection.id, reason: '重复录入' })).toMatchObject({
      code: 'ILLEGAL_STATE',
      message: '该检查登记了1条隐患，请先作废这些隐患再作废检查记录',
    })
    await app.call('cases/transition', { id: cases[0]?.id ?? '', action: 'void', reason: '重复录入' })
    const voided = await app.call('inspections/void', { id: inspection.id, reason: '重复录入' })
    expect(voided).toMatchObject({ voidReason: '重复录入' })
    expect((await app.call('inspections/list', {})).total).toBe(0)
    expect(() => app.ctx.db.prepare('DELETE FROM inspections').run()).toThrow(/voided, never deleted/)
  })
})
