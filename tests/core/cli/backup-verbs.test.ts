import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cli } from './run'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-cli-backup-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const subjectCount = async (data: string) => JSON.parse((await cli('--data', data, 'call', 'subjects/list', '{}')).out).total as number

describe('firedesk backup and restore', () => {
  it('backs up to a file, and restore brings the data back after a change', async () => {
    const data = join(dir, 'data')
    const area = JSON.parse((await cli('--data', data, 'call', 'areas/create', '{"name":"长江村"}')).out)
    await cli('--data', data, 'call', 'subjects/create', JSON.stringify({ name: '鑫达五金店', kindId: 'sk01', areaId: area.id }))
    const file = join(dir, 'usb', '备份.zip')
    // The folder of the file must exist: a mistyped drive or folder is not created.
    const missing = await cli('--data', data, 'backup', file)
    expect(missing.code).toBe(2)
    expect(JSON.parse(missing.err)).toMatchObject({ code: 'VALIDATION', message: `备份位置不存在或不是文件夹：${join(dir, 'usb')}` })
    mkdirSync(join(dir, 'usb'))

    const b = await cli('--data', data, 'backup', file)
    expect(b.code).toBe(0)
    expect(b.out).toContain(`已备份到：${file}`)

    await cli('--data', data, 'call', 'subjects/create', JSON.stringify({ name: '宏盛电器厂', kindId: 'sk06', areaId: area.id }))
    expect(await subjectCount(data)).toBe(2)

    const r = await cli('--data', data, 'restore', file)
    expect(r.code).toBe(0)
    expect(r.out).toContain('恢复前的数据已另存为')
    expect(await subjectCount(data)).toBe(1)
  })

  it('refuses a file that is not a backup, with the reason, and exit 2', async () => {
    const r = await cli('--data', join(dir, 'data'), 'restore', join(dir, 'nope.zip'))
    expect(r.code).toBe(2)
    expect(JSON.parse(r.err)).toEqual({ code: 'VALIDATION', message: '找不到备份文件', field: 'file' })
    expect((await cli('--data', join(dir, 'data'), 'backup')).code).toBe(1)
  })
})
