import { describe, expect, it } from 'vitest'
import { Random } from '../../../electron/core/demo/random'
import { errorOf, testApp } from '../helpers'

/*
 * 检查率 recomputed independently: the test keeps in memory which units it registered, voided,
 * and inspected on which days, counts by hand, and compares with inspections/coverage. The quarter
 * has about as many visits as units, so each unit is probed for one; the ten days of July have a
 * few, gathered from the visits (coverage.ts): both ways are checked.
 */

const KINDS = ['routine', 'special', 'night', 'joint'] as const
const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n * 1000) / d) / 10)

describe('coverage (检查率)', () => {
  it('is units inspected in the period over units registered, by village, grid, kind of unit and kind of inspection', async () => {
    const app = testApp('2024-07-10T02:00:00.000Z')
    const rng = new Random(7)
    const areas = [await app.call('areas/create', { name: '柳黄头村', grids: ['一网格', '二网格'] }), await app.call('areas/create', { name: '长江村', grids: ['一网格'] })]
    const units: { id: string; areaId: string; grid: string; kindId: string; voided: boolean; visits: { date: string; kind: string; voided: boolean }[] }[] = []
    for (let i = 0; i < 60; i++) {
      const area = rng.pick(areas)
      const grid = rng.pick(['', ...area.grids])
      const kindId = rng.pick(['sk01', 'sk02', 'sk06'])
      const s = await app.call('subjects/create', { name: `测试单位${i}`, kindId, areaId: area.id, grid, address: `地址${i}` })
      units.push({ id: s.id, areaId: area.id, grid, kindId, voided: false, visits: [] })
    }
    for (const u of units) {
      const n = rng.int(0, 3)
      for (let k = 0; k < n; k++) {
        const date = `2024-0${rng.int(3, 7)}-${String(rng.int(1, 9)).padStart(2, '0')}`
        const kind = rng.pick(KINDS)
        const { inspection } = await app.call('cases/createInspection', { subjectId: u.id, date, source: kind, inspectors: '王志强' })
        const voided = rng.chance(0.15)
        if (voided) await app.call('inspections/void', { id: inspection.id, reason: '录入错误' })
        u.visits.push({ date, kind, voided })
      }
      if (rng.chance(0.1)) {
        await app.call('subjects/void', { id: u.id, reason: '已关停' })
        u.voided = true
      }
    }
    const from = '2024-04-01'
    const to = '2024-06-30'
    const got = await app.call('inspections/coverage', { quarter: '2024Q2' })

    // The units were voided on 2024-07-10, after the quarter: they were still registered at its end.
    const registered = units
    const inspectedBy = (u: (typeof units)[number], kind?: string) => u.visits.some((v) => !v.voided && v.date >= from && v.date <= to && (kind === undefined || v.kind === kind))
    const fig = (list: typeof units, kind?: string) => {
      const inspected = list.filter((u) => inspectedBy(u, kind)).length
      return { registered: list.length, inspected, rate: pct(inspected, list.length) }
    }
    expect(got.total).toEqual(fig(registered))
    expect(got.total.inspected).toBeGreaterThan(0)
    expect(got.total.inspected).toBeLessThan(got.total.registered)
    for (const a of areas) {
      expect(got.byArea.find((r) => r.id === a.id)).toMatchObject(fig(registered.filter((u) => u.areaId === a.id)))
      for (const g of ['', ...a.grids]) {
        const list = registered.filter((u) => u.areaId === a.id && u.grid === g)
        const row = got.byGrid.find((r) => r.areaId === a.id && r.grid === g)
        if (list.length === 0) expect(row).toBeUndefined()
        else expect(row).toMatchObject({ ...fig(list), name: `${a.name}·${g === '' ? '未分网格' : g}` })
      }
    }
    for (const k of ['sk01', 'sk02', 'sk06']) expect(got.bySubjectKind.find((r) => r.id === k)).toMatchObject(fig(registered.filter((u) => u.kindId === k)))
    for (const k of KINDS) expect(got.byInspectionKind.find((r) => r.id === k)).toMatchObject(fig(registered, k))
    const held = units.flatMap((u) => u.visits).filter((v) => !v.voided && v.date >= from && v.date <= to)
    expect(got.inspections).toEqual({ count: held.length, noHazard: held.length })
    expect(got.definition).toContain('检查率 = 期内检查过的单位数 ÷ 登记在册的单位数')

    const row = app.ctx.db.prepare(got.sql).get() as { registered: number; inspected: number }
    expect(row).toEqual({ registered: got.total.registered, inspected: got.total.inspected })

    const july = await app.call('inspections/coverage', { from: '2024-07-01', to: '2024-07-10' })
    const live = units.filter((u) => !u.voided)
    expect(live.length).toBeLessThan(units.length)
    const inJuly = live.filter((u) => u.visits.some((v) => !v.voided && v.date >= '2024-07-01')).length
    expect(july.total).toEqual({ registered: live.length, inspected: inJuly, rate: pct(inJuly, live.length) })
  })

  it('gives no rate when nothing is registered, and refuses a period without its ends', async () => {
    const app = testApp()
    expect((await app.call('inspections/coverage', { from: '2024-01-01', to: '2024-03-31' })).total).toEqual({ registered: 0, inspected: 0, rate: null })
    expect(await errorOf(app, 'inspections/coverage', { from: '2024-01-01' })).toMatchObject({ message: '请选择季度，或填写开始日期和结束日期' })
    expect(await errorOf(app, 'inspections/coverage', { from: '2024-03-01', to: '2024-01-01' })).toMatchObject({ field: 'to' })
    expect(await errorOf(app, 'inspections/coverage', { quarter: '2024Q5' })).toMatchObject({ field: 'quarter' })
  })
})
