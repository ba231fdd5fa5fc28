import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrations } from '../../../electron/core/db/migrations'
import { DB_FILE } from '../../../electron/core/paths'
import { cli } from './run'

const latest = Math.max(...migrations.map((m) => m.version))
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-cli-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('firedesk init and check', () => {
  it('creates the data file, and check then passes', async () => {
    const init = await cli('--data', dir, 'init')
    expect(init.code).toBe(0)
    expect(init.out).toContain('已创建数据文件')
    expect(init.out).toContain(join(dir, DB_FILE))
    expect(init.out).toContain(`数据结构版本：${latest}`)
    expect(existsSync(join(dir, DB_FILE))).toBe(true)

    const again = await cli('--data', dir, 'init')
    expect(again.out).toContain('数据文件已就绪')

    const check = await cli(`--data=${dir}`, 'check')
    expect(check.err).toBe('')
    expect(check.code).toBe(0)
    expect(check.out).toContain('完整性检查：正常')
    expect(check.out).toContain(`当前 ${latest}，最新 ${latest}，待升级：无`)
    expect(check.out).toContain('检查通过')
  })

  it('check refuses a missing data file without creating it', async () => {
    const r = await cli('--data', dir, 'check')
    expect(r.code).toBe(1)
    expect(r.err).toContain('数据文件不存在')
    expect(existsSync(join(dir, DB_FILE))).toBe(false)
  })

  it('check reports pending upgrades and does not migrate', async () => {
    new Database(join(dir, DB_FILE)).close()
    const r = await cli('--data', dir, 'check')
    expect(r.code).toBe(1)
    expect(r.out).toContain(`当前 0，最新 ${latest}`)
    expect(r.err).toContain('运行 firedesk init 升级')
    const db = new Database(join(dir, DB_FILE), { readonly: true })
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 })
    db.close()
  })

  it('check says a file of another program is not a FireDesk data file, rather than offering to upgrade it', async () => {
    const other = new Database(join(dir, DB_FILE))
    other.exec('CREATE TABLE customers (name TEXT)')
    other.close()
    const r = await cli('--data', dir, 'check')
    expect(r.code).toBe(1)
    expect(r.err).toContain('不是消安督办台的数据文件：其中已有数据表，却没有本程序的升级记录')
    expect(r.err).not.toContain('firedesk init')
    expect(r.out).toContain('检查未通过')
  })

  it('check refuses a file written by a newer FireDesk, with a clear message', async () => {
    await cli('--data', dir, 'init')
    const db = new Database(join(dir, DB_FILE))
    db.prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (999, '0999_future', 'x', '2030-01-01')").run()
    db.close()
    const r = await cli('--data', dir, 'check')
    expect(r.code).toBe(1)
    expect(r.err).toContain(`数据文件由更新版本的消安督办台创建（数据结构版本 999，本程序只支持到 ${latest}）`)
    expect(r.out).toContain('检查未通过')
  })

  it('init refuses a file written by a newer FireDesk', async () => {
    await cli('--data', dir, 'init')
    const db = new Database(join(dir, DB_FILE))
    db.prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (999, '0999_future', 'x', '2030-01-01')").run()
    db.close()
    const r = await cli('--data', dir, 'init')
    expect(r.code).toBe(1)
    expect(r.err).toContain('数据文件由更新版本的消安督办台创建')
  })
})

describe('firedesk call', () => {
  it('prints the handler result as JSON', async () => {
    const area = JSON.parse((await cli('--data', dir, 'call', 'areas/create', '{"name":"柳黄头村"}')).out) as { id: string }
    const subject = { name: '柳市镇好运来小吃店', kindId: 'sk01', areaId: area.id }
    expect((await cli('--data', dir, 'call', 'subjects/create', JSON.stringify(subject))).code).toBe(0)
    const r = await cli('--data', dir, 'call', 'subjects/list', '{"text":"好运来","pageSize":5}')
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(JSON.parse(r.out)).toMatchObject({ total: 1, rows: [{ name: '柳市镇好运来小吃店', areaName: '柳黄头村' }] })
  })

  it('prints a validation error as JSON on stderr with exit code 2', async () => {
    const r = await cli('--data', dir, 'call', 'subjects/create', '{"name":"好运来小吃店"}')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(JSON.parse(r.err)).toMatchObject({ code: 'VALIDATION', field: 'kindId', message: '请选择场所类别' })
  })

  it('refuses arguments that are not JSON, in Chinese, with exit code 2', async () => {
    const r = await cli('--data', dir, 'call', 'subjects/list', '{text:1}')
    expect(r.code).toBe(2)
    expect(r.err).toContain('参数不是有效的 JSON')
  })

  it('--list names every handler, one a line', async () => {
    const r = await cli('--data', dir, 'call', '--list')
    expect(r.code).toBe(0)
    const names = r.out.split('\n')
    expect(names).toEqual(expect.arrayContaining(['subjects/create', 'subjects/duplicates', 'cases/update', 'cases/transition', 'audit/list', 'documents/issue']))
    expect(names).toEqual([...names].sort())
    expect(names.every((n) => /^[a-zA-Z]+\/[a-zA-Z]+$/.test(n))).toBe(true)
  })

  it('answers an unknown handler with its error JSON', async () => {
    const r = await cli('--data', dir, 'call', 'nothing/here')
    expect(r.code).toBe(2)
    expect(JSON.parse(r.err)).toMatchObject({ code: 'UNKNOWN_HANDLER' })
  })
})

describe('usage', () => {
  it('shows the Chinese usage for no verb and for help', async () => {
    const none = await cli()
    expect(none.code).not.toBe(0)
    expect(none.err).toContain('用法：firedesk [--data 数据文件夹] <命令>')
    const help = await cli('help')
    expect(help.code).toBe(0)
    for (const verb of ['init', 'check', 'call']) expect(help.out).toContain(`  ${verb} `)
  })

  it('refuses an unknown verb with the usage and a non-zero code', async () => {
    const r = await cli('--data', dir, 'frobnicate')
    expect(r.code).not.toBe(0)
    expect(r.err).toContain('未知命令：frobnicate')
    expect(r.err).toContain('命令：')
  })

  it('tells where --data goes when it follows the verb', async () => {
    const r = await cli('init', '--data', dir)
    expect(r.code).toBe(1)
    expect(r.err).toContain('--data 要写在命令名之前')
    expect(existsSync(join(dir, DB_FILE))).toBe(false)
  })
})
