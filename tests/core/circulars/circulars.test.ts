import { describe, expect, it } from 'vitest'
import { caseIn, smallLedger } from '../cases/fixtures'
import { errorOf, testApp } from '../helpers'

const on = (day: string) => `${day}T01:00:00.000Z`

/** March: the shop (柳黄头村) fixes one hazard and leaves one overdue; the factory (长江村) leaves a major one overdue. */
async function march() {
  const app = testApp()
  const ledger = await smallLedger(app)
  const fixed = await caseIn(app, 'closed', { subjectId: ledger.shop.id, foundDate: '2024-03-01', deadline: '2024-03-04' })
  const late = await caseIn(app, 'rectifying', { subjectId: ledger.shop.id, foundDate: '2024-03-01', deadline: '2024-03-05', description: '安全出口上锁' })
  const major = await caseIn(app, 'rectifying', { subjectId: ledger.factory.id, foundDate: '2024-03-02', deadline: '2024-03-05', severity: 'major' })
  await caseIn(app, 'voided', { subjectId: ledger.factory.id, foundDate: '2024-03-02' })
  app.clock.set(on('2024-04-08'))
  return { app, ...ledger, fixed, late, major }
}

describe('工作通报 drafted from the ledger', () => {
  it('gives the period’s figures, each from the ledger, and names lagging villages and units', async () => {
    const { app, late, major } = await march()
    const d = await app.call('circulars/draft', { from: '2024-03-01', to: '2024-04-07' })
    expect(d.figures).toEqual({
      unitsChecked: 2,
      found: 3,
      closedInPeriod: 1,
      rate: { numerator: 1, denominator: 3, percent: 33.3 },
      majorFound: 1,
      majorClosed: 0,
      overdueAtEnd: 2,
      underSupervision: 0,
      interviewsHeld: 0,
      warningLetters: 0,
      noticeLetters: 0,
    })
    expect(d.areas.map((a) => [a.areaName, a.found, a.closed, a.rate.percent, a.overdueAtEnd, a.majorOverdue, a.openMajor, a.rank, a.lagging])).toEqual([
      ['长江村', 1, 0, 0, 1, 1, 1, 1, true],
      ['柳黄头村', 2, 1, 50, 1, 0, 0, 2, false],
    ])
    expect(d.units.map((u) => [u.subjectName, u.overdueCases, u.majorOverdue, u.maxOverdueDays, u.caseIds])).toEqual([
      ['乐清市鑫达电气有限公司', 1, 1, 33, [major.id]],
      ['好运来小吃店', 1, 0, 33, [late.id]],
    ])
    expect(d.document).toMatchObject({ kind: 'circular', nextNumber: '柳市消安委办〔2024〕1号' })
    expect(d.document.data).toMatchObject({ title: '关于2024年3月1日至2024年4月7日消防安全隐患排查整治工作情况的通报', date: '2024-04-08' })
    expect(JSON.stringify(d.document.data)).toContain('发现消防安全隐患3处，其中已整改销号1处，整改率33.3%')
    expect(JSON.stringify(d.document.data)).toContain('对隐患整改不力、存在逾期未整改隐患的长江村、乐清市鑫达电气有限公司、好运来小吃店予以通报批评')
  })

  it('issued through the register, it records the named cases and ends their 通报 proposals', async () => {
    const { app, late, major } = await march()
    expect((await app.call('escalation/proposals', { rung: 'circular' })).total).toBe(2)
    const d = await app.call('circulars/draft', { from: '2024-03-01', to: '2024-04-07' })
    const issued = await app.call('circulars/issue', { from: d.from, to: d.to, data: d.document.data, caseIds: [major.id] })
    expect(issued).toMatchObject({ number: '柳市消安委办〔2024〕1号', caseIds: [major.id] })
    expect((await app.call('escalation/proposals', { rung: 'circular' })).rows.map((p) => p.caseId)).toEqual([late.id])
    expect((await app.call('cases/get', { id: major.id })).timeline.at(-1)).toMatchObject({ action: 'circular', documentId: issued.documentId })
    expect((await app.call('documents/get', { id: issued.documentId })).kind).toBe('circular')
  })

  it('ranks villages by overdue hazards, then open major hazards, and names the worst', async () => {
    const app = testApp()
    const { shop, factory } = await smallLedger(app)
    // 柳黄头村: one overdue hazard and a good rate; 长江村: four overdue, one of three fixed.
    await caseIn(app, 'rectifying', { subjectId: shop.id, foundDate: '2024-03-01', deadline: '2024-03-04' })
    for (let i = 0; i < 3; i++) await caseIn(app, 'closed', { subjectId: shop.id, foundDate: '2024-03-01', deadline: '2024-03-04' })
    for (let i = 0; i < 4; i++) await caseIn(app, 'noticed', { subjectId: factory.id, foundDate: '2024-03-01', deadline: '2024-03-04' })
    app.clock.set(on('2024-04-08'))
    const d = await app.call('circulars/draft', { from: '2024-03-01', to: '2024-04-07' })
    expect(d.areas.map((a) => [a.areaName, a.overdueAtEnd, a.rank, a.lagging])).toEqual([
      ['长江村', 4, 1, true],
      ['柳黄头村', 1, 2, false],
    ])
    const text = JSON.stringify(d.document.data)
    expect(text).toContain('存在逾期未整改隐患的村（社区）依次为：长江村（逾期4处）、柳黄头村（逾期1处）')
    expect(text).toContain('对隐患整改不力、存在逾期未整改隐患的长江村、')
    expect(text).not.toMatch(/通报批评[^"]*柳黄头村/)
  })

  it('breaks a tie in overdue hazards by open major hazards', async () => {
    const app = testApp()
    const { shop, factory } = await smallLedger(app)
    await caseIn(app, 'rectifying', { subjectId: shop.id, foundDate: '2024-03-01', deadline: '2024-03-04' })
    await caseIn(app, 'rectifying', { subjectId: factory.id, foundDate: '2024-03-01', deadline: '2024-03-04' })
    await caseIn(app, 'registered', { subjectId: shop.id, foundDate: '2024-03-01', deadline: '2024-05-04', severity: 'major' })
    app.clock.set(on('2024-04-08'))
    const d = await app.call('circulars/draft', { from: '2024-03-01', to: '2024-04-07' })
    expect(d.areas.map((a) => [a.areaName, a.overdueAtEnd, a.openMajor, a.rank, a.lagging])).toEqual([
      ['柳黄头村', 1, 1, 1, true],
      ['长江村', 1, 0, 2, false],
    ])
  })

  it('refuses a period that ends before it starts or after today', async () => {
    const { app } = await march()
    expect(await errorOf(app, 'circulars/draft', { from: '2024-03-31', to: '2024-03-01' })).toMatchObject({ field: 'to', message: '截止日期不能早于起始日期' })
    expect(await errorOf(app, 'circulars/draft', { from: '2024-03-01', to: '2024-04-30' })).toMatchObject({ field: 'to' })
  })
})
