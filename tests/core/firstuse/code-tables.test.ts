import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { errorOf, testApp } from '../helpers'

describe('场所类别: an editable table like 隐患类别', () => {
  it('adds, renames and retires a kind; a retired kind stays on its units but is no longer offered', async () => {
    const app = testApp()
    const area = await app.call('areas/create', { name: '长江村' })
    const added = await app.call('subjectKinds/create', { name: '电动自行车集中充电场所' })
    expect(added).toMatchObject({ name: '电动自行车集中充电场所', inUse: 0, voidedAt: null })
    expect((await app.call('subjectKinds/list', {})).map((k) => k.name)).toContain('电动自行车集中充电场所')
    expect(await errorOf(app, 'subjectKinds/create', { name: '九小场所' })).toEqual({ code: 'CONFLICT', field: 'name', message: '已有名为「九小场所」的场所类别' })
    expect(await errorOf(app, 'subjectKinds/create', { name: '' })).toMatchObject({ code: 'VALIDATION', field: 'name' })

    const unit = await app.call('subjects/create', { name: '长江村充电棚', kindId: added.id, areaId: area.id, address: '长江村8号' })
    await app.call('subjectKinds/update', { id: added.id, name: '集中充电场所' })
    expect((await app.call('subjects/get', { id: unit.id })).kindName).toBe('集中充电场所')
    expect((await app.call('subjectKinds/table', {})).find((k) => k.id === added.id)?.inUse).toBe(1)

    expect(await errorOf(app, 'subjectKinds/void', { id: added.id, reason: '' })).toMatchObject({ field: 'reason', message: expect.stringContaining('作废原因') })
    const retired = await app.call('subjectKinds/void', { id: added.id, reason: '并入九小场所' })
    expect(retired).toMatchObject({ voidedAt: expect.any(String), voidReason: '并入九小场所' })
    expect((await app.call('subjectKinds/list', {})).map((k) => k.id)).not.toContain(added.id)
    expect((await app.call('subjectKinds/table', {})).map((k) => k.id)).not.toContain(added.id)
    expect((await app.call('subjectKinds/table', { includeVoided: true })).map((k) => k.id)).toContain(added.id)
    expect((await app.call('subjects/get', { id: unit.id })).kindName).toBe('集中充电场所')
    expect(await errorOf(app, 'subjects/create', { name: '新充电棚', kindId: added.id, areaId: area.id, address: '长江村9号' })).toMatchObject({ field: 'kindId' })
    expect(await errorOf(app, 'subjectKinds/update', { id: added.id, name: '又改名' })).toMatchObject({ code: 'NOT_FOUND' })
    const trail = app.ctx.db.prepare("SELECT action, data FROM audit_log WHERE entity = 'subjectKind' ORDER BY seq").all() as { action: string; data: string }[]
    expect(trail.map((r) => r.action)).toEqual(['create', 'update', 'void'])
    expect(JSON.parse(trail[2]?.data ?? '{}')).toEqual({ reason: '并入九小场所' })
  })
})

describe('0022: a 场所类别 retired before it kept its reason', () => {
  it('takes the reason from the 操作日志', () => {
    const db = new Database(':memory:')
    const now = () => '2024-01-01T00:00:00.000Z'
    migrate(db, { now, list: migrations.filter((m) => m.version < 22) })
    db.exec(`UPDATE subject_kinds SET voided_at = '2024-01-02T00:00:00.000Z' WHERE id IN ('sk01', 'sk02');
      INSERT INTO audit_log (at, operator, action, entity, entity_id, data) VALUES
        ('2024-01-02T00:00:00.000Z', '王晓东', 'update', 'subjectKind', 'sk01', '{"name":"旧名"}'),
        ('2024-01-02T00:00:00.000Z', '王晓东', 'void', 'subjectKind', 'sk01', '{"reason":"并入九小场所"}')`)
    migrate(db, { now })
    expect(db.prepare("SELECT id, void_reason AS reason FROM subject_kinds WHERE id IN ('sk01', 'sk02', 'sk03') ORDER BY id").all()).toEqual([
      { id: 'sk01', reason: '并入九小场所' },
      { id: 'sk02', reason: null },
      { id: 'sk03', reason: null },
    ])
    db.close()
  })
})
