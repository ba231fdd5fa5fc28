import { describe, expect, it } from 'vitest'
import { errorOf, testApp } from '../helpers'
import { caseIn, smallLedger } from '../cases/fixtures'

/** A ledger with closed cases in two villages (closed on 2024-03-05, the test clock's day). */
async function closedLedger(app: ReturnType<typeof testApp>) {
  const l = await smallLedger(app)
  const shopCases = [await caseIn(app, 'closed', { subjectId: l.shop.id }), await caseIn(app, 'closed', { subjectId: l.shop.id, categoryId: 'cc02' })]
  const factoryCases = [
    await caseIn(app, 'closed', { subjectId: l.factory.id }),
    await caseIn(app, 'closed', { subjectId: l.factory.id, categoryId: 'cc02' }),
    await caseIn(app, 'closed', { subjectId: l.factory.id, categoryId: 'cc04' }),
    await caseIn(app, 'closed', { subjectId: l.factory.id, categoryId: 'cc04' }),
  ]
  const open = await caseIn(app, 'rectifying', { subjectId: l.factory.id })
  return { ...l, shopCases, factoryCases, open }
}

const relapse = { description: '疏散通道再次堆放杂物', requirement: '立即清理', deadline: '2024-03-15' }

describe('回头看', () => {
  it('picks closed cases by village and kind, and never an open one', async () => {
    const app = testApp()
    const { south, shopCases, factoryCases } = await closedLedger(app)
    expect((await app.call('revisits/preview', {})).matched).toBe(6)
    expect((await app.call('revisits/preview', { areaId: south.id })).matched).toBe(4)
    expect((await app.call('revisits/preview', { categoryId: 'cc02' })).sample.map((c) => c.id).sort()).toEqual([shopCases[1]?.id, factoryCases[1]?.id].sort())
    expect((await app.call('revisits/preview', { subjectKindId: 'sk01' })).matched).toBe(2)
    expect((await app.call('revisits/preview', { closedFrom: '2024-03-06' })).matched).toBe(0)
    const round = await app.call('revisits/create', { title: '2024年一季度回头看', areaId: south.id })
    expect(round).toMatchObject({ total: 4, kept: 0, relapsed: 0 })
    expect(round.items.map((x) => x.caseId)).toEqual(factoryCases.map((c) => c.id))
    expect(round.items.every((x) => x.outcome === null)).toBe(true)
  })

  it('draws a random N % sample, the same again from the same seed', async () => {
    const app = testApp()
    await closedLedger(app)
    const a = await app.call('revisits/create', { title: '抽查', samplePercent: 50, seed: 42 })
    const b = await app.call('revisits/create', { title: '抽查', samplePercent: 50, seed: 42 })
    expect(a.total).toBe(3)
    expect(b.items.map((x) => x.caseId)).toEqual(a.items.map((x) => x.caseId))
    expect(a.criteria).toMatchObject({ samplePercent: 50, seed: 42 })
    const unseeded = await app.call('revisits/create', { title: '抽查', samplePercent: 10 })
    expect(unseeded.total).toBe(1)
    expect(typeof unseeded.criteria.seed).toBe('number')
  })

  it('records 保持, and a 反弹 opens a new case of the same unit linked both ways', async () => {
    const app = testApp()
    const { shop, shopCases } = await closedLedger(app)
    const round = await app.call('revisits/create', { title: '回头看', subjectKindId: 'sk01' })
    const [first, second] = round.items
    await app.call('revisits/record', { itemId: first?.id ?? '', outcome: 'kept', note: '整改保持良好' })
    const after = await app.call('revisits/record', { itemId: second?.id ?? '', outcome: 'relapsed', inspectors: '王志强', hazard: relapse })
    expect(after).toMatchObject({ kept: 1, relapsed: 1 })
    const item = after.items[1]
    expect(item).toMatchObject({ outcome: 'relapsed', checkedOn: '2024-03-05' })
    const fresh = await app.call('cases/get', { id: item?.newCaseId ?? '' })
    expect(fresh).toMatchObject({ subjectId: shop.id, status: 'registered', categoryId: 'cc02', description: relapse.description, source: 'special' })
    expect(item?.newCaseNumber).toBe(fresh.number)
    expect(fresh.timeline.map((e) => e.action)).toEqual(['register', 'relapseOf'])
    expect(fresh.timeline[1]?.data).toMatchObject({ caseId: shopCases[1]?.id })
    const old = await app.call('cases/get', { id: shopCases[1]?.id ?? '' })
    expect(old.status).toBe('closed')
    expect(old.timeline.at(-1)).toMatchObject({ action: 'revisitRelapsed', data: { newCaseId: fresh.id } })
    const dossier = await app.call('dossier/get', { subjectId: shop.id })
    expect(dossier.counts).toMatchObject({ relapses: 1, revisited: 2 })
    const summary = await app.call('reports/summary', { quarter: '2024Q1' })
    expect(summary.fieldwork.revisits).toEqual({
      checked: 2,
      relapsed: 1,
      byArea: [{ id: shop.areaId, name: '柳黄头村', checked: 2, relapsed: 1 }],
      bySubject: [{ id: shop.id, name: '好运来小吃店', areaName: '柳黄头村', checked: 2, relapsed: 1 }],
    })
    expect(summary.definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['检查率', '回头看']))
    expect((await app.call('reports/summary', { quarter: '2024Q2' })).fieldwork.revisits.checked).toBe(0)
  })

  it('refuses a sample of 0 %, a relapse without its hazard and a second result, changing nothing', async () => {
    const app = testApp()
    await closedLedger(app)
    expect(await errorOf(app, 'revisits/create', { title: '抽查', samplePercent: 0 })).toMatchObject({
      field: 'samplePercent',
      message: '抽查比例应在1%至100%之间，不抽查请选择“全部”',
    })
    expect(await errorOf(app, 'revisits/preview', { samplePercent: 101 })).toMatchObject({ field: 'samplePercent' })
    expect(await errorOf(app, 'revisits/create', { title: '空', closedFrom: '2025-01-01' })).toMatchObject({ message: '没有符合条件的已销号隐患，请放宽条件' })
    expect(await errorOf(app, 'revisits/create', { title: '反', closedFrom: '2024-03-05', closedTo: '2024-03-01' })).toMatchObject({ field: 'closedTo' })
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM revisits').get()).toEqual({ n: 0 })

    const round = await app.call('revisits/create', { title: '回头看' })
    const itemId = round.items[0]?.id ?? ''
    const cases = (await app.call('cases/list', {})).total
    expect(await errorOf(app, 'revisits/record', { itemId, outcome: 'relapsed', inspectors: '王' })).toMatchObject({ field: 'hazard.description', message: '结果为“反弹”时请填写发现的隐患' })
    expect(await errorOf(app, 'revisits/record', { itemId, outcome: 'relapsed', hazard: relapse })).toMatchObject({ field: 'inspectorIds', message: '请选择检查人员' })
    expect(await errorOf(app, 'revisits/record', { itemId, outcome: 'kept', date: '2024-03-06' })).toMatchObject({ field: 'date' })
    expect(await errorOf(app, 'revisits/record', { itemId, outcome: 'kept', hazard: relapse })).toMatchObject({ field: 'hazard' })
    expect((await app.call('cases/list', {})).total).toBe(cases)
    await app.call('revisits/record', { itemId, outcome: 'kept' })
    expect(await errorOf(app, 'revisits/record', { itemId, outcome: 'relapsed', inspectors: '王', hazard: relapse })).toMatchObject({
      code: 'ILLEGAL_STATE',
      message: expect.stringContaining('的回头看结果已登记为“保持”'),
    })
    expect((await app.call('cases/list', {})).total).toBe(cases)
  })
})
