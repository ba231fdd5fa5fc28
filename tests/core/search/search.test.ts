import { describe, expect, it } from 'vitest'
import { caseIn, smallLedger } from '../cases/fixtures'
import { SHORT_TERM_COUNT_CAP } from '../../../electron/core/search/schema'
import { testApp, VALID_CREDIT_CODE } from '../helpers'

async function searchable() {
  const app = testApp()
  const l = await smallLedger(app)
  const kitchen = await caseIn(app, 'rectifying', { subjectId: l.shop.id, description: '厨房使用瓶装液化石油气未安装可燃气体报警装置' })
  const exit = await caseIn(app, 'closed', {
    subjectId: l.factory.id,
    categoryId: 'cc02',
    description: '二层安全出口上锁',
    requirement: '营业期间安全出口不得上锁',
    inspectors: '叶明辉',
  })
  return { app, ...l, kitchen, exit }
}

const found = async (app: ReturnType<typeof testApp>, text: string) => {
  const r = await app.call('search/query', { text })
  return { subjects: r.subjects.rows.map((s) => s.name), cases: r.cases.rows.map((c) => c.description) }
}

describe('the search box', () => {
  it('finds cases and subjects by any three-character fragment of their text', async () => {
    const { app } = await searchable()
    expect(await found(app, '液化石')).toEqual({ subjects: [], cases: ['厨房使用瓶装液化石油气未安装可燃气体报警装置'] })
    expect(await found(app, '不得上锁')).toEqual({ subjects: [], cases: ['二层安全出口上锁'] })
    expect(await found(app, '兴业路12')).toEqual({ subjects: ['乐清市鑫达电气有限公司'], cases: [] })
    expect(await found(app, '好运来')).toEqual({ subjects: ['好运来小吃店'], cases: ['厨房使用瓶装液化石油气未安装可燃气体报警装置'] })
    expect(await found(app, '2024-0002')).toEqual({ subjects: [], cases: ['二层安全出口上锁'] })
  })

  it('falls back to plain matching for one or two characters', async () => {
    const { app } = await searchable()
    expect(await found(app, '上锁')).toEqual({ subjects: [], cases: ['二层安全出口上锁'] })
    expect(await found(app, '晓东')).toEqual({ subjects: ['乐清市鑫达电气有限公司'], cases: [] })
    expect(await found(app, '叶')).toEqual({ subjects: [], cases: ['二层安全出口上锁'] })
    expect((await found(app, '厨')).cases).toHaveLength(1)
  })

  it('needs every term typed, long and short ones mixed', async () => {
    const { app } = await searchable()
    expect((await found(app, '安全出口 二层')).cases).toEqual(['二层安全出口上锁'])
    expect((await found(app, '安全出口 厨房')).cases).toEqual([])
    expect((await found(app, '鑫达 兴业路')).subjects).toEqual(['乐清市鑫达电气有限公司'])
  })

  it('treats quotes, operators and LIKE wildcards as plain text', async () => {
    const { app } = await searchable()
    for (const text of ['"', '" OR "', 'NEAR(安全 出口)', '安全出口*', '%', '_', '\\', 'a:b', '(((', '出口上锁"', 'title:安全']) {
      const r = await app.invoke('search/query', { text })
      expect(r, text).toEqual({ ok: true, data: { text, subjects: { rows: [], total: 0, atLeast: false }, cases: { rows: [], total: 0, atLeast: false } } })
      expect((await app.invoke('cases/list', { text })).ok, text).toBe(true)
    }
    expect((await found(app, '出口上锁')).cases).toEqual(['二层安全出口上锁'])
    expect(await found(app, '  ')).toEqual({ subjects: [], cases: [] })
  })

  it('matches Latin letters regardless of case, e.g. a credit code', async () => {
    const { app, shop } = await searchable()
    await app.call('subjects/update', { id: shop.id, creditCode: VALID_CREDIT_CODE })
    expect((await found(app, VALID_CREDIT_CODE.slice(6, 12).toLowerCase())).subjects).toEqual(['好运来小吃店'])
    expect((await found(app, 'ma')).subjects).toEqual(['好运来小吃店'])
  })

  it('stays in step with edits: a renamed subject is found under its new name, in its cases too', async () => {
    const { app, shop } = await searchable()
    await app.call('subjects/update', { id: shop.id, name: '福满楼快餐店', address: '柳市镇前街社区车站路5号' })
    expect(await found(app, '好运来')).toEqual({ subjects: [], cases: [] })
    expect(await found(app, '福满楼')).toEqual({ subjects: ['福满楼快餐店'], cases: ['厨房使用瓶装液化石油气未安装可燃气体报警装置'] })
    expect((await found(app, '车站路')).subjects).toEqual(['福满楼快餐店'])
    expect((await found(app, '柳青路')).subjects).toEqual([])
    expect((await app.call('cases/list', { text: '福满楼' })).total).toBe(1)
    expect((await app.call('cases/list', { text: '满楼' })).total).toBe(1)
  })

  it('groups results with their totals, newest first, and limits each group', async () => {
    const { app, shop } = await searchable()
    for (let i = 0; i < 4; i++) await caseIn(app, 'registered', { subjectId: shop.id, description: `楼道第${i + 1}处电动自行车充电` })
    const r = await app.call('search/query', { text: '电动自行车', limit: 3 })
    expect(r.cases.total).toBe(4)
    expect(r.cases.atLeast).toBe(false)
    expect(r.cases.rows.map((c) => c.description)).toEqual(['楼道第4处电动自行车充电', '楼道第3处电动自行车充电', '楼道第2处电动自行车充电'])
    expect(r.cases.rows[0]).toMatchObject({ number: '2024-0006', subjectName: '好运来小吃店', areaName: '柳黄头村', status: 'registered', overdue: false })
  })
})

describe('search/query with a term of 1–2 characters', () => {
  it('counts the newest 200 matches and says there are more, where the case list and a 3-character term count them all', async () => {
    const app = testApp('2024-06-12T02:00:00.000Z')
    await app.call('demo/load', { subjects: 60, cases: 500, seed: 1 })
    // every case number starts with its year
    expect((await app.call('cases/list', { text: '20' })).total).toBe(500)
    const short = await app.call('search/query', { text: '20' })
    expect([short.cases.total, short.cases.atLeast]).toEqual([SHORT_TERM_COUNT_CAP, true])
    const newest = app.ctx.db.prepare('SELECT id FROM cases ORDER BY rid DESC LIMIT 10').pluck().all()
    expect(short.cases.rows.map((c) => c.id)).toEqual(newest)
    const long = await app.call('search/query', { text: '202' })
    expect([long.cases.total, long.cases.atLeast]).toEqual([500, false])
    app.close()
  })
})
