import { describe, expect, it } from 'vitest'
import { migrate, migrationState } from '../../../electron/core/db/migrate'
import { testApp } from '../helpers'

/**
 * A data file of version 18 (before names were tidied on save), with names as an earlier version
 * stored them: pasted with zero-width spaces, a BOM, a word joiner and a trailing space.
 */
async function earlierFile() {
  const app = testApp()
  const db = app.ctx.db
  const village = await app.call('areas/create', { name: '柳黄头村', grids: ['第一网格'] })
  const twin = await app.call('areas/create', { name: '吕庄村' })
  const clash = await app.call('areas/create', { name: '吕庄村（旧）' })
  const shop = await app.call('subjects/create', { name: '好运来小吃店', kindId: 'sk01', areaId: village.id, address: '前街12号' })
  const person = await app.call('inspectors/create', { name: '王晓东' })
  const office = await app.call('responsibleUnits/create', { name: '村镇建设办', aliases: ['村镇办'] })
  const raw = (sql: string, ...args: string[]) => db.prepare(sql).run(...args)
  raw('UPDATE subjects SET name = ? WHERE id = ?', '好运来\u200B小吃店（分店） ', shop.id)
  raw('UPDATE areas SET name = ?, grids = ? WHERE id = ?', '\uFEFF柳黄头村', JSON.stringify(['第一\u200B网格']), village.id)
  raw('UPDATE areas SET name = ? WHERE id = ?', '吕庄\u200D村', clash.id)
  raw('UPDATE inspectors SET name = ? WHERE id = ?', '王\u2060晓东', person.id)
  raw('UPDATE responsible_units SET name = ?, aliases = ? WHERE id = ?', '村镇建设办\u200B', JSON.stringify(['村镇\u200C办']), office.id)
  raw('DELETE FROM schema_migrations WHERE version = 19')
  return { app, db, village, twin, clash, shop, person, office }
}

describe('upgrading names stored by earlier versions (migration 0019)', () => {
  it('removes the invisible characters and the spaces they leave, keeping the full-width brackets', async () => {
    const { app, db, village, shop, person, office } = await earlierFile()
    expect(migrationState(db).pending).toEqual([19])
    migrate(db, { now: () => '2024-03-05T02:00:00.000Z' })

    expect((await app.call('subjects/get', { id: shop.id })).name).toBe('好运来小吃店（分店）')
    const area = (await app.call('areas/list', {})).find((a) => a.id === village.id)
    expect(area).toMatchObject({ name: '柳黄头村', grids: ['第一网格'] })
    expect((await app.call('inspectors/list', {})).find((p) => p.id === person.id)?.name).toBe('王晓东')
    const units = await app.call('responsibleUnits/list', {})
    expect(units.find((u) => u.id === office.id)).toMatchObject({ name: '村镇建设办', aliases: ['村镇办'] })
    expect(units.find((u) => u.areaId === village.id)?.name).toBe('柳黄头村')
    expect((await app.call('subjects/list', { text: '好运来小吃店' })).total).toBe(1)
  })

  it('leaves a village whose tidied name another live village bears as it was, rather than refuse the upgrade', async () => {
    const { app, db, twin, clash } = await earlierFile()
    migrate(db, { now: () => '2024-03-05T02:00:00.000Z' })
    const areas = await app.call('areas/list', {})
    expect(areas.find((a) => a.id === twin.id)?.name).toBe('吕庄村')
    expect(areas.find((a) => a.id === clash.id)?.name).toBe('吕庄\u200D村')
    expect(migrationState(db).pending).toEqual([])
  })
})

describe('two names stored by earlier versions that tidy to the same name (migration 0019)', () => {
  it('keeps both villages and both units as they were, rather than refuse the upgrade', async () => {
    const { app, db } = await earlierFile()
    const east = await app.call('areas/create', { name: '东村' })
    const eastTwin = await app.call('areas/create', { name: '东村二组' })
    const works = await app.call('responsibleUnits/create', { name: '建设办' })
    const worksTwin = await app.call('responsibleUnits/create', { name: '建设办二' })
    const raw = (sql: string, ...args: string[]) => db.prepare(sql).run(...args)
    raw('UPDATE areas SET name = ? WHERE id = ?', '东村\u200B', east.id)
    raw('UPDATE areas SET name = ? WHERE id = ?', '\u200C东村', eastTwin.id)
    raw('UPDATE responsible_units SET name = ? WHERE id = ?', '建设办\u200B', works.id)
    raw('UPDATE responsible_units SET name = ? WHERE id = ?', '建设办\uFEFF', worksTwin.id)

    migrate(db, { now: () => '2024-03-05T02:00:00.000Z' })

    expect(migrationState(db).pending).toEqual([])
    const areas = await app.call('areas/list', {})
    expect(areas.filter((a) => [east.id, eastTwin.id].includes(a.id)).map((a) => a.name).sort()).toEqual(['\u200C东村', '东村\u200B'].sort())
    const units = await app.call('responsibleUnits/list', {})
    expect(units.filter((u) => [works.id, worksTwin.id].includes(u.id)).map((u) => u.name).sort()).toEqual(['建设办\u200B', '建设办\uFEFF'].sort())
  })
})
