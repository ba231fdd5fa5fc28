import type { FiredeskApp } from '../../../electron/core/app'

/**
 * A campaign with three villages and two departments, written the way the campaign schema (0007)
 * keeps them: villages come from areas (a trigger makes each a responsible unit), departments
 * and the campaign are rows of their own.
 */
export async function seedCampaign(app: FiredeskApp, opts: { start: string; end: string | null }) {
  const villages = []
  for (const [n, name] of ['长江村', '黄河村', '淮河社区'].entries()) {
    villages.push(await app.call('areas/create', { name, areaType: name.endsWith('社区') ? 'community' : 'village', sortOrder: n + 1 }))
  }
  const at = app.ctx.clock.now()
  const db = app.ctx.db
  const unit = db.prepare(
    `INSERT INTO responsible_units (id, name, unit_type, sort_order, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, 'department', ?, ?, 'test', ?, 'test')`,
  )
  unit.run('ru-police', '派出所', 1, at, at)
  unit.run('ru-safety', '安监站', 2, at, at)
  db.prepare(
    `INSERT INTO campaigns (id, name, year, start_date, end_date, status, created_at, created_by, updated_at, updated_by)
     VALUES ('cp-1', '冬春火灾防控专项行动', ?, ?, ?, 'active', ?, 'test', ?, 'test')`,
  ).run(Number(opts.start.slice(0, 4)), opts.start, opts.end, at, at)
  const add = db.prepare(`INSERT INTO campaign_units (id, campaign_id, unit_id, created_at, created_by) VALUES (?, 'cp-1', ?, ?, 'test')`)
  add.run('cu-police', 'ru-police', at)
  add.run('cu-safety', 'ru-safety', at)
  const villageUnits = villages.map((v) => `ru${v.id}`)
  return { campaignId: 'cp-1', villages: villageUnits, departments: ['ru-police', 'ru-safety'] }
}
