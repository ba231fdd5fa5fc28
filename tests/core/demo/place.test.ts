import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { openDb } from '../../../electron/core/db/open'
import { errorOf, testApp } from '../helpers'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function office() {
  const home = mkdtempSync(join(tmpdir(), 'firedesk-demo-place-'))
  dirs.push(home)
  const app = openApp({ dataDir: home, clock: fixedClock('2024-06-15T02:00:00.000Z'), newId: sequentialIds(), logError: () => {} })
  await app.call('settings/update', { setupDone: true, officeName: '虹桥镇消防安全委员会办公室' })
  const area = await app.call('areas/create', { name: '长江村' })
  await app.call('subjects/create', { name: '鑫达五金店', kindId: 'sk01', areaId: area.id, address: '长江村8号' })
  const clerk = await app.call('operators/create', { name: '黄丽娜', roles: ['drafter'] })
  await app.call('operators/signIn', { id: clerk.id })
  return { app, home }
}

/** The office's own file, read beside the running app. */
function homeCounts(home: string) {
  const db = openDb(join(home, 'firedesk.db'), { readonly: true })
  try {
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
    return { subjects: count('subjects'), cases: count('cases'), areas: count('areas'), audit: count('audit_log') }
  } finally {
    db.close()
  }
}

describe('示例数据 in its own folder', () => {
  it('opens a filled demo folder inside the data folder, and 退出示例 finds the office data exactly as it was', async () => {
    const { app, home } = await office()
    const before = homeCounts(home)
    expect(await app.call('demo/place', {})).toEqual({ active: false })

    expect(await app.call('demo/enter', {})).toEqual({ active: true })
    expect(app.ctx.dataDir).toBe(join(home, 'demo'))
    expect(app.dbFile).toBe(join(home, 'demo', 'firedesk.db'))
    expect((await app.call('subjects/list', {})).total).toBe(300)
    expect((await app.call('cases/list', {})).total).toBe(1_500)
    expect(await app.call('settings/setupState', {})).toMatchObject({ needed: false })
    // The demo has its own operators (none): nobody from the office is on duty in it.
    expect(await app.call('operators/current', {})).toMatchObject({ operatorId: null })
    await app.call('areas/create', { name: '示例新村' })
    expect(homeCounts(home)).toEqual(before)

    expect(await app.call('demo/leave', {})).toEqual({ active: false })
    expect(app.ctx.dataDir).toBe(home)
    expect((await app.call('subjects/list', {})).rows.map((s) => s.name)).toEqual(['鑫达五金店'])
    expect((await app.call('settings/get', {})).officeName).toBe('虹桥镇消防安全委员会办公室')
    expect(homeCounts(home)).toEqual(before)
    expect(await app.call('operators/current', {})).toMatchObject({ name: '黄丽娜' })

    // Entering again opens the same demo, with what was done in it, rather than a new one.
    await app.call('demo/enter', {})
    expect((await app.call('areas/list', {})).some((a) => a.name === '示例新村')).toBe(true)
    app.close()
  })

  it('fills the demo folder again when it was deleted by hand, and leaving twice is harmless', async () => {
    const { app, home } = await office()
    await app.call('demo/enter', {})
    await app.call('demo/leave', {})
    rmSync(join(home, 'demo'), { recursive: true, force: true })
    expect(await app.call('demo/leave', {})).toEqual({ active: false })
    await app.call('demo/enter', {})
    expect(existsSync(join(home, 'demo', 'firedesk.db'))).toBe(true)
    expect((await app.call('subjects/list', {})).total).toBe(300)
    app.close()
  })

  it('goes back to the office data, refusing the call in Chinese, when the open demo folder is deleted by hand', async () => {
    const { app, home } = await office()
    const events: string[] = []
    const watched = openApp({ dataDir: home, clock: fixedClock('2024-06-15T02:00:00.000Z'), newId: sequentialIds(), logError: () => {}, onEvent: (e) => events.push(e) })
    app.close()
    await watched.call('operators/signIn', { id: (await watched.call('operators/list', {})).find((o) => o.name === '黄丽娜')?.id ?? '' })
    const before = homeCounts(home)
    await watched.call('demo/enter', {})
    const area = watched.ctx.db.prepare('SELECT id FROM areas LIMIT 1').pluck().get() as string
    // The start of a window on the example backs nothing up: a backup being written could not be deleted with it.
    expect((await watched.call('app/startup', {})).autoBackup).toBeNull()
    expect(existsSync(join(home, 'demo', 'backups'))).toBe(false)
    rmSync(join(home, 'demo'), { recursive: true, force: true })

    expect(await errorOf(watched, 'subjects/create', { name: '示例里新建的单位', kindId: 'sk01', areaId: area })).toEqual({
      code: 'ILLEGAL_STATE',
      field: 'demo',
      message: '示例数据文件夹已被删除，已回到本办数据；本办数据未受影响。',
    })
    expect(events).toEqual(['demo/gone'])
    expect(watched.ctx.dataDir).toBe(home)
    expect(await watched.call('demo/place', {})).toEqual({ active: false })
    expect((await watched.call('subjects/list', {})).rows.map((s) => s.name)).toEqual(['鑫达五金店'])
    expect(await watched.call('operators/current', {})).toMatchObject({ name: '黄丽娜' })
    expect(homeCounts(home)).toEqual(before)
    watched.close()
  })

  it('is refused in Chinese where there is no data folder', async () => {
    const app = testApp()
    expect(await errorOf(app, 'demo/enter', {})).toMatchObject({ code: 'ILLEGAL_STATE', message: '内存中的数据库没有数据文件夹，不能打开示例数据' })
    expect(await app.call('demo/leave', {})).toEqual({ active: false })
  })
})
