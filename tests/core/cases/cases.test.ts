import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'
import { auditRows, caseIn, hazard, smallLedger } from './fixtures'

describe('registering hazards', () => {
  it('numbers cases per year of finding, takes the area from the subject, and starts the timeline', async () => {
    const app = testApp()
    const { shop, north } = await smallLedger(app)
    const a = await app.call('cases/create', hazard({ subjectId: shop.id }))
    const b = await app.call('cases/create', hazard({ subjectId: shop.id, description: '疏散通道堆放杂物', categoryId: 'cc02' }))
    const old = await app.call('cases/create', hazard({ subjectId: shop.id, foundDate: '2023-12-28', deadline: '2024-01-10' }))
    expect([a.number, b.number, old.number]).toEqual(['2024-0001', '2024-0002', '2023-0001'])
    expect(a).toMatchObject({
      status: 'registered',
      areaId: north.id,
      areaName: '柳黄头村',
      subjectName: '好运来小吃店',
      subjectKindName: '九小场所',
      categoryName: '违规用火用电用气',
      severity: 'general',
      createdBy: '管理员',
      overdue: false,
    })
    const detail = await app.call('cases/get', { id: a.id })
    expect(detail.timeline).toEqual([
      expect.objectContaining({ action: 'register', fromStatus: null, toStatus: 'registered', date: '2024-03-05', operator: '管理员' }),
    ])
    expect(detail.subject.id).toBe(shop.id)
    expect(detail.inspection).toBeNull()
    expect(detail.attachments).toEqual([])
    expect(detail.allowedActions.sort()).toEqual(['extend', 'notice', 'void'])
    expect(auditRows(app, a.id).map((r) => r.action)).toEqual(['create'])
  })

  it('keeps the area a case was registered in when the subject moves later', async () => {
    const app = testApp()
    const { shop, south } = await smallLedger(app)
    const c = await app.call('cases/create', hazard({ subjectId: shop.id }))
    await app.call('subjects/update', { id: shop.id, areaId: south.id })
    expect((await app.call('cases/get', { id: c.id })).areaName).toBe('柳黄头村')
  })

  it('refuses what cannot be right, naming the field', async () => {
    const app = testApp()
    const { shop, factory } = await smallLedger(app)
    expect(await errorOf(app, 'cases/create', hazard({ subjectId: shop.id, foundDate: '2024-03-06' }))).toMatchObject({
      code: 'VALIDATION',
      field: 'foundDate',
      message: '发现日期不能晚于今天（2024年3月5日）',
    })
    expect(await errorOf(app, 'cases/create', hazard({ subjectId: shop.id, deadline: '2024-02-28' }))).toMatchObject({
      field: 'deadline',
      message: '整改期限不能早于发现日期（2024年3月1日）',
    })
    expect(await errorOf(app, 'cases/create', hazard({ subjectId: shop.id, categoryId: 'cc99' }))).toMatchObject({ field: 'categoryId' })
    expect(await errorOf(app, 'cases/create', hazard({ subjectId: 'nope' }))).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' })
    expect(await errorOf(app, 'cases/create', { ...hazard({ subjectId: shop.id }), description: ' ' })).toMatchObject({
      field: 'description',
      message: '请填写隐患描述',
    })
    expect(await errorOf(app, 'cases/create', { ...hazard({ subjectId: shop.id }), source: 'rumour' })).toMatchObject({ field: 'source' })
    await app.call('subjects/void', { id: factory.id, reason: '已关停' })
    expect(await errorOf(app, 'cases/create', hazard({ subjectId: factory.id }))).toMatchObject({
      code: 'ILLEGAL_STATE',
      message: '「乐清市鑫达电气有限公司」已作废，不能登记隐患',
    })
    expect((await app.call('cases/list', {})).total).toBe(0)
  })

  it('names a deadline before the day found together with the other wrong fields, not only once they are right', async () => {
    const app = testApp()
    const { shop, factory } = await smallLedger(app)
    const issuesOf = async (name: 'cases/create' | 'cases/createInspection', args: Record<string, unknown>) =>
      ((await errorOf(app, name, args)) as { issues?: { field: string; message: string }[] }).issues
    expect(await issuesOf('cases/create', { ...hazard({ subjectId: shop.id, deadline: '2024-02-28' }), inspectors: '', categoryId: '' })).toEqual(
      expect.arrayContaining([
        { field: 'inspectors', message: '请填写检查人员' },
        expect.objectContaining({ field: 'categoryId' }),
        { field: 'deadline', message: '整改期限不能早于发现日期（2024年3月1日）' },
      ]),
    )
    const visit = { subjectId: factory.id, date: '2024-03-04', source: 'night' as const, inspectors: '郑建国' }
    const late = { categoryId: 'cc04', description: '消防通道堵塞', requirement: '清理', deadline: '2024-03-01' }
    expect(await issuesOf('cases/createInspection', { ...visit, hazards: [{ ...late, description: '' }, { ...late, deadline: '2024-03-10' }, late] })).toEqual([
      { field: 'hazards.0.description', message: '请填写隐患描述' },
      { field: 'hazards.0.deadline', message: '整改期限不能早于发现日期（2024年3月4日）' },
      { field: 'hazards.2.deadline', message: '整改期限不能早于发现日期（2024年3月4日）' },
    ])
    // a hazard that is not a record at all is named as such; the order of days waits for it
    expect(await errorOf(app, 'cases/createInspection', { ...visit, hazards: [true, late] })).toMatchObject({ code: 'VALIDATION', field: 'hazards.0' })
    expect(await errorOf(app, 'cases/createInspection', true as never)).toMatchObject({ code: 'VALIDATION' })
  })

  it('enters one inspection with several hazards together, or nothing', async () => {
    const app = testApp()
    const { factory } = await smallLedger(app)
    const base = { subjectId: factory.id, date: '2024-03-04', source: 'night' as const, inspectors: '郑建国、陈晓东', notes: '夜查' }
    const h = (description: string, categoryId = 'cc04') => ({ categoryId, description, requirement: '整改到位', deadline: '2024-03-20' })
    const { inspection, cases } = await app.call('cases/createInspection', {
      ...base,
      hazards: [h('车间灭火器压力不足'), h('仓库内住人', 'cc05'), { ...h('彩钢夹芯板搭建', 'cc07'), severity: 'major' }],
    })
    expect(inspection).toMatchObject({ subjectId: factory.id, date: '2024-03-04', source: 'night', inspectors: '郑建国、陈晓东' })
    expect(cases.map((c) => [c.number, c.foundDate, c.source, c.inspectionId, c.severity])).toEqual([
      ['2024-0001', '2024-03-04', 'night', inspection.id, 'general'],
      ['2024-0002', '2024-03-04', 'night', inspection.id, 'general'],
      ['2024-0003', '2024-03-04', 'night', inspection.id, 'major'],
    ])
    expect((await app.call('cases/list', { inspectionId: inspection.id })).total).toBe(3)
    expect((await app.call('cases/get', { id: cases[0]?.id ?? '' })).inspection?.id).toBe(inspection.id)

    const bad = await errorOf(app, 'cases/createInspection', { ...base, hazards: [h('疏散通道堆放杂物', 'cc02'), h('无效类别', 'cc77')] })
    expect(bad).toMatchObject({ field: 'hazards.1.categoryId', message: '所选隐患类别不存在或已作废' })
    expect((await app.call('cases/list', {})).total).toBe(3)
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM inspections').get()).toEqual({ n: 1 })
  })

  it('finds nothing for a case id that does not exist', async () => {
    const app = testApp()
    expect(await errorOf(app, 'cases/get', { id: 'nope' })).toMatchObject({ code: 'NOT_FOUND', message: '隐患不存在或已作废' })
  })
})

describe('the case list', () => {
  async function ledger() {
    const app = testApp()
    const l = await smallLedger(app)
    const { shop, factory } = l
    const made = {
      a: await caseIn(app, 'registered', { subjectId: shop.id, foundDate: '2024-01-05', deadline: '2024-01-20', source: 'report' }),
      b: await caseIn(app, 'rectifying', { subjectId: shop.id, foundDate: '2024-02-10', deadline: '2024-03-20', categoryId: 'cc02', description: '疏散通道堆放杂物' }),
      c: await caseIn(app, 'closed', { subjectId: factory.id, foundDate: '2024-02-01', deadline: '2024-02-15', categoryId: 'cc04', description: '车间灭火器压力不足' }),
      d: await caseIn(app, 'awaiting_recheck', { subjectId: factory.id, foundDate: '2024-03-01', deadline: '2024-03-04', severity: 'major', description: '仓库违规存放油漆稀释剂', categoryId: 'cc09' }),
      e: await caseIn(app, 'voided', { subjectId: factory.id, foundDate: '2023-11-30', deadline: '2023-12-30' }),
    }
    return { app, ...l, ...made }
  }
  const numbers = (rows: { number: string }[]) => rows.map((r) => r.number)

  it('filters by each field and reports the total', async () => {
    const { app, north, south, shop } = await ledger()
    const ids = async (args: Parameters<typeof app.call<'cases/list'>>[1]) => (await app.call('cases/list', { sort: 'foundDate', order: 'asc', ...args })).rows.map((r) => r.description)
    expect((await app.call('cases/list', {})).total).toBe(5)
    expect(await ids({ status: ['rectifying', 'awaiting_recheck'] })).toEqual(['疏散通道堆放杂物', '仓库违规存放油漆稀释剂'])
    expect(await ids({ areaId: north.id })).toHaveLength(2)
    expect(await ids({ areaId: south.id, status: ['closed'] })).toEqual(['车间灭火器压力不足'])
    expect(await ids({ subjectKindId: 'sk06' })).toHaveLength(3)
    expect(await ids({ subjectId: shop.id })).toHaveLength(2)
    expect(await ids({ categoryId: 'cc09' })).toEqual(['仓库违规存放油漆稀释剂'])
    expect(await ids({ severity: 'major' })).toEqual(['仓库违规存放油漆稀释剂'])
    expect(await ids({ source: 'report' })).toHaveLength(1)
    expect(await ids({ foundFrom: '2024-02-01', foundTo: '2024-02-29' })).toEqual(['车间灭火器压力不足', '疏散通道堆放杂物'])
    expect(await ids({ deadlineFrom: '2024-03-01', deadlineTo: '2024-03-31' })).toEqual(['疏散通道堆放杂物', '仓库违规存放油漆稀释剂'])
    expect(await ids({ text: '灭火器' })).toEqual(['车间灭火器压力不足'])
    expect(await ids({ text: '杂物', status: ['rectifying'] })).toEqual(['疏散通道堆放杂物'])
    expect(await ids({ text: '鑫达电气', severity: 'major' })).toEqual(['仓库违规存放油漆稀释剂'])
  })

  it('sorts both ways and pages', async () => {
    const { app } = await ledger()
    expect(numbers((await app.call('cases/list', { sort: 'deadline', order: 'asc' })).rows)).toEqual(['2023-0001', '2024-0001', '2024-0003', '2024-0004', '2024-0002'])
    expect(numbers((await app.call('cases/list', {})).rows)).toEqual(['2024-0004', '2024-0002', '2024-0003', '2024-0001', '2023-0001'])
    expect(numbers((await app.call('cases/list', { sort: 'number', order: 'asc' })).rows)).toEqual(['2023-0001', '2024-0001', '2024-0002', '2024-0003', '2024-0004'])
    const page2 = await app.call('cases/list', { sort: 'number', order: 'asc', page: 2, pageSize: 2 })
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 })
    expect(numbers(page2.rows)).toEqual(['2024-0002', '2024-0003'])
  })

  it('follows a subject that changes kind', async () => {
    const { app, shop } = await ledger()
    await app.call('subjects/update', { id: shop.id, kindId: 'sk03' })
    expect((await app.call('cases/list', { subjectKindId: 'sk03' })).total).toBe(2)
    expect((await app.call('cases/list', { subjectKindId: 'sk01' })).total).toBe(0)
  })

  it('rejects a bad filter with the field named', async () => {
    const { app } = await ledger()
    expect(await errorOf(app, 'cases/list', { status: ['lost'] })).toMatchObject({ code: 'VALIDATION', field: 'status.0' })
    expect(await errorOf(app, 'cases/list', { foundFrom: '2024-02-30' })).toMatchObject({ field: 'foundFrom', message: '发现日期（起）不是有效日期' })
    expect(await errorOf(app, 'cases/list', { sort: 'colour' })).toMatchObject({ field: 'sort' })
  })
})
