import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../../electron/web/server'
import { INDEX_HTML } from './client'

/*
 * The browser mode's backups leave by download and come back by upload into incoming/; a page
 * naming a path of this machine is refused before the core sees it.
 */

let dir: string
let h: Harness

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-web-backup-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'index.html'), INDEX_HTML)
  h = await startHarness({ dataDir: join(dir, 'data'), port: 0, rendererDir: join(dir, 'renderer') })
  await h.app.call('areas/create', { name: '长江村' })
})
afterAll(async () => {
  await h.close()
  rmSync(dir, { recursive: true, force: true })
})

const rpc = async (name: string, args: unknown) =>
  (await fetch(`${h.origin}/rpc/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-FireDesk-Token': h.token }, body: JSON.stringify(args) })).json()
const upload = (body: Uint8Array, token = h.token) => fetch(`${h.origin}/backup-upload`, { method: 'POST', headers: { 'X-FireDesk-Token': token }, body })
const incoming = (): string[] => readdirSync(join(dir, 'data', 'incoming'))

describe('backups in the browser mode', () => {
  it('downloads a listed backup only, with the token', async () => {
    const made = await h.app.call('backup/create', {})
    const ok = await fetch(`${h.origin}/backup-files/${made.fileName}?token=${h.token}`)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-disposition')).toBe(`attachment; filename="${made.fileName}"`)
    expect(Buffer.from(await ok.arrayBuffer()).equals(readFileSync(made.file))).toBe(true)
    expect((await fetch(`${h.origin}/backup-files/${made.fileName}`)).status).toBe(403)
    for (const name of ['..%2Ffiredesk.db', '%2E%2E%2F..%2Ffiredesk.db', 'firedesk-backup-x.zip', '%E0%A4%A']) {
      expect((await fetch(`${h.origin}/backup-files/${name}?token=${h.token}`)).status).toBe(404)
    }
  })

  it('restores an uploaded backup, and refuses a typed path, a folder, an upload without the token or over the cap', async () => {
    const made = await h.app.call('backup/create', {})
    await h.app.call('areas/create', { name: '象阳村' })
    expect(await rpc('backup/restore', { file: join(dir, 'data', 'firedesk.db') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await rpc('backup/restore', { file: join(dir, 'elsewhere.zip') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('上传备份文件') } })
    expect(await rpc('backup/create', { dir })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await upload(readFileSync(made.file), 'wrong')).status).toBe(403)

    const sent = (await (await upload(readFileSync(made.file))).json()) as { ok: true; data: { file: string } }
    expect(sent.data.file).toMatch(/[\\/]incoming[\\/]upload-\w+\.zip$/)
    expect(await rpc('backup/restore', { file: sent.data.file })).toMatchObject({ ok: true })
    expect((await h.app.call('areas/list', {})).map((a) => a.name)).toEqual(['长江村'])

    await h.app.call('settings/update', { maxBackupUnpackedMb: 1, maxBackupEntries: 1 })
    const before = incoming()
    const big = await upload(randomBytes(2 * 1024 * 1024))
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('超过上限 1 MB') } })
    expect(incoming()).toEqual(before)
  })
})
