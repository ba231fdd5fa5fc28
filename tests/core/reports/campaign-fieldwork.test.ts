import { describe, expect, it } from 'vitest'
import type { Db } from '../../../electron/core/db/open'
import { caseIn, smallLedger } from '../cases/fixtures'
import { testApp } from '../helpers'

const FROM = '2024-01-01'
const TO = '2024-03-31'

/**
 * Eight units in two villages; twelve visits in the quarter tagged with 冬春 (A), with 电动车 (B) or
 * with nothing, one of A's voided and two finding a hazard; six closed hazards of the shop and the factory, half
 * tagged with A, all re-visited with relapses among both halves.
 */
async function ledger() {
  const app = testApp()
  const { north, south, shop, factory } = await smallLedger(app)
  const subjects = [shop.id, factory.id]
  for (let i = 0; i < 6; i++) {
    subjects.push((await app.call('subjects/create', { name: `第${i + 1}家小店`, kindId: i % 2 === 0 ? 'sk01' : 'sk06', areaId: i < 3 ? north.id : south.id, address: `${i + 1}号` })).id)
  }
  const a = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2024, startDate: '2024-01-01' })
  const b = await app.call('campaigns/create', { name: '电动自行车专项整治', year: 2024, startDate: '2024-01-01' })
  const day = (n: number) => `2024-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`
  const found = { categoryId: 'cc01', description: '疏散通道堆放杂物', requirement: '立即清理', deadline: '2024-03-20' }
  let voided = false
  for (let i = 0; i < 12; i++) {
    const tag = i % 3 === 0 ? { campaignId: a.id } : i % 3 === 1 ? { campaignId: b.id } : {}
    const r = await app.call('cases/createInspection', { subjectId: subjects[(i * 3) % subjects.length]!, date: day(i * 5), source: i % 4 === 0 ? 'night' : 'routine', inspectors: '王志强', hazards: i % 5 === 0 ? [found] : [], ...tag })
    if (tag.campaignId === a.id && !voided && i > 0) {
      await app.call('inspections/void', { id: r.inspection.id, reason: '重复登记' })
      voided = true
    }
  }
  for (let i = 0; i < 6; i++) {
    const c = await caseIn(app, 'closed', { subjectId: i % 2 === 0 ? shop.id : factory.id, foundDate: '2024-01-05', description: `隐患${i + 1}` })
    if (i % 2 === 0) await app.call('campaigns/tag', { campaignId: a.id, entity: 'case', ids: [c.id] })
  }
  for (const area of [north, south]) {
    const round = await app.call('revisits/create', { title: `${area.name}回头看`, areaId: area.id })
    for (const [k, item] of round.items.entries()) {
      const relapse = k % 2 === 1 ? { hazard: { description: '再次堆放杂物', requirement: '立即清理', deadline: '2024-03-20' } } : {}
      await app.call('revisits/record', { itemId: item.id, outcome: k % 2 === 1 ? 'relapsed' : 'kept', inspectors: '王志强', ...relapse })
    }
  }
  return { app, a }
}

/** 检查率 and 回头看 of one campaign, from the raw rows and the definitions the report states. */
function recompute(db: Db, campaignId: string) {
  const subjects = db.prepare('SELECT id, area_id, voided_at FROM subjects').all() as { id: string; area_id: string; voided_at: string | null }[]
  const registered = subjects.filter((s) => s.voided_at === null || s.voided_at.slice(0, 10) > TO)
  const inspections = (db.prepare('SELECT id, subject_id, inspected_on, campaign_id, voided_at FROM inspections').all() as {
    id: string
    subject_id: string
    inspected_on: string
    campaign_id: string | null
    voided_at: string | null
  }[]).filter((i) => i.voided_at === null && i.inspected_on >= FROM && i.inspected_on <= TO && i.campaign_id === campaignId)
  const cases = db.prepare('SELECT id, inspection_id, status, area_id, campaign_id FROM cases').all() as { id: string; inspection_id: string | null; status: string; area_id: string; campaign_id: string | null }[]
  const visited = new Set(inspections.map((i) => i.subject_id))
  const inspected = registered.filter((s) => visited.has(s.id))
  const items = db
    .prepare('SELECT x.case_id, x.outcome, x.checked_on, r.voided_at FROM revisit_items x JOIN revisits r ON r.id = x.revisit_id')
    .all() as { case_id: string; outcome: string | null; checked_on: string | null; voided_at: string | null }[]
  const caseOf = new Map(cases.map((c) => [c.id, c]))
  const checked = items.filter((x) => x.outcome !== null && x.checked_on !== null && x.checked_on >= FROM && x.checked_on <= TO && x.voided_at === null && caseOf.get(x.case_id)?.campaign_id === campaignId)
  const areas = [...new Set(registered.map((s) => s.area_id))]
  return {
    registered: registered.length,
    inspected: inspected.length,
    byArea: areas.map((id) => [id, registered.filter((s) => s.area_id === id).length, inspected.filter((s) => s.area_id === id).length]),
    held: inspections.length,
    noHazard: inspections.filter((i) => !cases.some((c) => c.inspection_id === i.id && c.status !== 'voided')).length,
    checked: checked.length,
    relapsed: checked.filter((x) => x.outcome === 'relapsed').length,
  }
}

describe('检查率 and 回头看 of one campaign in the quarterly summary', () => {
  it('count only the campaign’s inspections over the town’s units, and the 回头看 of its hazards', async () => {
    const { app, a } = await ledger()
    const all = await app.call('reports/summary', { quarter: '2024Q1' })
    const one = await app.call('reports/summary', { quarter: '2024Q1', campaignId: a.id })
    const want = recompute(app.ctx.db, a.id)
    const c = one.fieldwork.coverage
    expect([c.total.registered, c.total.inspected, c.inspections.count, c.inspections.noHazard]).toEqual([want.registered, want.inspected, want.held, want.noHazard])
    expect(c.byArea.map((r) => [r.id, r.registered, r.inspected])).toEqual(want.byArea)
    expect([one.fieldwork.revisits.checked, one.fieldwork.revisits.relapsed]).toEqual([want.checked, want.relapsed])
    // the cut is a real one: the town's figures are larger, and the campaign's are not empty
    expect(want.inspected).toBeGreaterThan(0)
    expect(want.relapsed).toBeGreaterThan(0)
    expect(all.fieldwork.coverage.total.inspected).toBeGreaterThan(c.total.inspected)
    expect(all.fieldwork.revisits.checked).toBeGreaterThan(one.fieldwork.revisits.checked)
    // the 统计口径 says so, and its SQL gives the same figure on the data file
    expect(one.definitions.find((d) => d.term === '统计范围')?.text).not.toContain('全镇数字')
    const sql = one.definitions.find((d) => d.term === '检查率')?.sql ?? ''
    expect(sql).toContain(`campaign_id = '${a.id}'`)
    expect(app.ctx.db.prepare(sql).get()).toEqual({ registered: want.registered, inspected: want.inspected })
    const revisitSql = one.definitions.find((d) => d.term === '回头看')?.sql ?? ''
    const perArea = app.ctx.db.prepare(revisitSql).raw().all() as [string, number, number][]
    expect(perArea.reduce((n, r) => n + r[1], 0)).toBe(want.checked)
  })
})
