import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import { DB_FILE } from '../../../electron/core/paths'
import { cli } from '../cli/run'
import { T0, testApp } from '../helpers'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-audit-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function fillLog(): Promise<void> {
  const app = openApp({ dataDir: dir, clock: fixedClock(T0), logError: () => {} })
  for (const name of ['柳江村', '前街村', '后街村']) await app.call('areas/create', { name, areaType: 'village' })
  await app.call('settings/update', { contactPhone: '0577-61234567' })
  app.close()
}

/** Changes the file as someone with a database tool would: triggers off, then a raw write. */
function tamper(sql: string): void {
  const db = new Database(join(dir, DB_FILE))
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;')
  db.exec(sql)
  db.close()
}

describe('the 操作日志 hash chain', () => {
  it('firedesk check passes on an untouched log', async () => {
    await fillLog()
    const r = await cli('--data', dir, 'check')
    expect(r.out).toContain('操作日志校验：完好（4 条）')
    expect(r.code).toBe(0)
  })

  it('reports the first changed entry', async () => {
    await fillLog()
    tamper("UPDATE audit_log SET operator = '某人' WHERE seq = 2")
    const r = await cli('--data', dir, 'check')
    expect(r.code).toBe(1)
    expect(r.err).toContain('操作日志第 2 条')
    expect(r.err).toContain('这条记录的内容被改动过')
  })

  it('reports a removed entry in the middle', async () => {
    await fillLog()
    tamper('DELETE FROM audit_log WHERE seq = 3')
    expect((await cli('--data', dir, 'check')).err).toContain('第 3 至 3 条记录被删除')
  })

  it('reports removed entries at the end', async () => {
    await fillLog()
    tamper('DELETE FROM audit_log WHERE seq = 4')
    expect((await cli('--data', dir, 'check')).err).toContain('最后 1 条记录被删除')
  })

  it('the log page filters by who, what, when and record', async () => {
    const app = testApp()
    const area = await app.call('areas/create', { name: '柳江村', areaType: 'village' })
    await app.call('areas/update', { id: area.id, name: '柳江社区' })
    await app.call('settings/update', { operatorName: '黄丽娜' })
    await app.call('areas/create', { name: '前街村', areaType: 'village' })
    expect((await app.call('audit/list', { operator: '黄丽娜', entity: 'area' })).rows.map((r) => r.action)).toEqual(['create'])
    expect((await app.call('audit/list', { record: area.id })).total).toBe(2)
    expect((await app.call('audit/list', { record: '柳江社区' })).rows).toHaveLength(1)
    expect((await app.call('audit/list', { entity: 'settings' })).total).toBe(1)
    expect((await app.call('audit/list', { from: '2024-03-06' })).total).toBe(0)
    expect((await app.call('audit/list', { from: '2024-03-05', to: '2024-03-05' })).total).toBe(4)
    expect(await app.call('audit/facets', {})).toEqual({ operators: ['管理员', '黄丽娜'], actions: ['create', 'update'], entities: ['area', 'settings'] })
    expect(await app.call('audit/verify', {})).toEqual({ entries: 4, unchained: 0, broken: null })
  })
})
