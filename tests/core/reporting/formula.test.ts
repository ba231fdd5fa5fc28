import { describe, expect, it } from 'vitest'
import { formulaText, rank, type RankingInput } from '../../../electron/core/ranking/formula'

const weights = { visits: 40, tasks: 20, reports: 20, hazards: 20, hazardCap: 10 }
const base: Omit<RankingInput, 'unitId' | 'name'> = {
  unitType: 'village', visitPoints: 0, visitMax: 0, visits: 0, tasksOwed: 0, tasksOnTime: 0,
  reportsOwed: 0, reportsOnTime: 0, reportsLate: 0, openHazards: 0,
}

describe('the ranking formula', () => {
  it('weighs the four parts as the settings say', () => {
    const [r] = rank([{ ...base, unitId: 'a', name: '东村', visitPoints: 80, visitMax: 100, visits: 1, tasksOwed: 4, tasksOnTime: 3, reportsOwed: 4, reportsOnTime: 2, reportsLate: 2, openHazards: 5 }], weights)
    expect(r?.parts).toEqual({ visits: 0.8, tasks: 0.75, reports: 0.75, hazards: 0.5 })
    // 100 × (40×0.8 + 20×0.75 + 20×0.75 + 20×0.5) / 100 = 72
    expect(r?.score).toBe(72)
    expect(r?.rank).toBe(1)
  })

  it('leaves out the parts a department has no data for, scaling the rest', () => {
    const [r] = rank([{ ...base, unitId: 'd', name: '派出所', unitType: 'department', openHazards: null, tasksOwed: 2, tasksOnTime: 1, reportsOwed: 4, reportsOnTime: 4 }], weights)
    expect(r?.parts.visits).toBeNull()
    expect(r?.parts.hazards).toBeNull()
    // (20×0.5 + 20×1) / 40 = 0.75
    expect(r?.score).toBe(75)
  })

  it('ranks high to low, equal scores sharing a rank, units with no data last', () => {
    const rows = rank([
      { ...base, unitId: 'a', name: '乙村', openHazards: 5 },
      { ...base, unitId: 'b', name: '甲村', openHazards: 5 },
      { ...base, unitId: 'c', name: '丙村', openHazards: 0 },
      { ...base, unitId: 'd', name: '派出所', unitType: 'department', openHazards: null },
    ], weights)
    expect(rows.map((r) => [r.name, r.score, r.rank])).toEqual([
      ['丙村', 100, 1], ['甲村', 50, 2], ['乙村', 50, 2], ['派出所', null, null],
    ])
  })

  it('caps the hazard part at zero and prints the weights in force', () => {
    const [r] = rank([{ ...base, unitId: 'a', name: '东村', openHazards: 30 }], weights)
    expect(r?.score).toBe(0)
    const text = formulaText({ ...weights, visits: 50 }).join('\n')
    expect(text).toContain('50×实地评分率')
    expect(text).toContain('÷ 10')
  })
})
