import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { attachmentFile } from '../../../electron/core/attachments/service'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { caseIn, smallLedger } from '../cases/fixtures'
import { errorOf, T0, testApp } from '../helpers'

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1')
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')])
const TEXT = Buffer.from('整改情况说明：已更换灭火器6具。')
const b64 = (b: Buffer) => b.toString('base64')

let dir: string
let app: FiredeskApp
let caseId: string

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'firedesk-attach-'))
  app = openApp({ dataDir: dir, clock: fixedClock(T0), newId: sequentialIds(), logError: () => {} })
  const { shop } = await smallLedger(app)
  caseId = (await caseIn(app, 'rectifying', { subjectId: shop.id })).id
})
afterEach(() => {
  app.close()
  rmSync(dir, { recursive: true, force: true })
})

const blobs = () => {
  const root = join(dir, 'attachments')
  return existsSync(root) ? readdirSync(root).flatMap((d) => readdirSync(join(root, d)).map((f) => `${d}/${f}`)) : []
}

describe('photos and files of a case', () => {
  it('stores a file once under its SHA-256, however often it is attached', async () => {
    const first = await app.call('cases/attach', { caseId, phase: 'before', fileName: '现场照片1.jpg', dataBase64: b64(JPEG) })
    const again = await app.call('cases/attach', { caseId, phase: 'after', fileName: '复查照片.jpg', dataBase64: b64(JPEG) })
    expect(first.sha256).toBe(again.sha256)
    expect(first.id).not.toBe(again.id)
    expect(blobs()).toEqual([`${first.sha256.slice(0, 2)}/${first.sha256.slice(2)}`])
    expect(readFileSync(join(dir, 'attachments', first.sha256.slice(0, 2), first.sha256.slice(2)))).toEqual(JPEG)
    expect(first).toMatchObject({ caseId, size: JPEG.length, mime: 'image/jpeg', originalName: '现场照片1.jpg', phase: 'before', voidedAt: null })
    expect(attachmentFile(app.ctx, first.id)?.path).toBe(join(dir, 'attachments', first.sha256.slice(0, 2), first.sha256.slice(2)))
  })

  it('tells the kind of file from its bytes, not its name', async () => {
    const kinds = await Promise.all(
      [PNG, PDF, WEBP, TEXT].map((bytes, i) => app.call('cases/attach', { caseId, fileName: `附件${i}.jpg`, dataBase64: b64(bytes) })),
    )
    expect(kinds.map((a) => a.mime)).toEqual(['image/png', 'application/pdf', 'image/webp', 'application/octet-stream'])
    expect(kinds.map((a) => a.phase)).toEqual(['other', 'other', 'other', 'other'])
  })

  it('accepts a data URL as the file reader gives it, and gives the bytes back', async () => {
    const a = await app.call('cases/attach', { caseId, phase: 'after', fileName: '整改后.png', dataBase64: `data:image/png;base64,${b64(PNG)}` })
    expect(await app.call('cases/attachmentContent', { id: a.id })).toEqual({ id: a.id, mime: 'image/png', originalName: '整改后.png', dataBase64: b64(PNG) })
  })

  it('refuses files over 20 MB, empty files and what is not base64, storing nothing', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 1)
    expect(await errorOf(app, 'cases/attach', { caseId, fileName: '航拍.jpg', dataBase64: b64(big) })).toEqual({
      code: 'VALIDATION',
      field: 'dataBase64',
      message: '附件不能超过 20 MB（此文件 20.1 MB），请压缩后再上传',
    })
    expect((await app.call('cases/attach', { caseId, fileName: '恰好20MB.bin', dataBase64: b64(big.subarray(1)) })).size).toBe(20 * 1024 * 1024)
    expect(await errorOf(app, 'cases/attach', { caseId, fileName: '空.jpg', dataBase64: '' })).toMatchObject({ message: '文件为空' })
    expect(await errorOf(app, 'cases/attach', { caseId, fileName: '坏.jpg', dataBase64: '这不是base64!' })).toMatchObject({
      message: '文件内容不是有效的 base64 编码',
    })
    expect(blobs()).toHaveLength(1)
  })

  it('shows attachments on the case with their timeline entries; voiding keeps the record', async () => {
    const a = await app.call('cases/attach', { caseId, phase: 'before', fileName: '现场.jpg', dataBase64: b64(JPEG) })
    await app.call('cases/voidAttachment', { id: a.id, reason: '传错照片' })
    const detail = await app.call('cases/get', { id: caseId })
    expect(detail.attachments).toEqual([expect.objectContaining({ id: a.id, voidReason: '传错照片' })])
    expect(await app.call('cases/attachments', { caseId })).toEqual([])
    expect((await app.call('cases/attachments', { caseId, includeVoided: true })).map((x) => x.id)).toEqual([a.id])
    expect(detail.timeline.slice(-2).map((e) => [e.action, e.fromStatus, e.toStatus, e.data.fileName])).toEqual([
      ['attach', 'rectifying', 'rectifying', '现场.jpg'],
      ['voidAttachment', 'rectifying', 'rectifying', '现场.jpg'],
    ])
    expect(blobs()).toHaveLength(1)
    expect(await errorOf(app, 'cases/voidAttachment', { id: a.id, reason: '再次' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('does not attach to a voided case or an unknown one', async () => {
    await app.call('cases/transition', { id: caseId, action: 'void', reason: '重复登记' })
    expect(await errorOf(app, 'cases/attach', { caseId, fileName: 'a.jpg', dataBase64: b64(JPEG) })).toMatchObject({ code: 'ILLEGAL_STATE', field: 'caseId' })
    expect(await errorOf(app, 'cases/attach', { caseId: 'nope', fileName: 'a.jpg', dataBase64: b64(JPEG) })).toMatchObject({ code: 'NOT_FOUND' })
    expect(blobs()).toEqual([])
  })
})

describe('without a data folder', () => {
  it('refuses to keep files', async () => {
    const mem = testApp()
    const { shop } = await smallLedger(mem)
    const c = await caseIn(mem, 'registered', { subjectId: shop.id })
    expect(await errorOf(mem, 'cases/attach', { caseId: c.id, fileName: 'a.jpg', dataBase64: b64(JPEG) })).toMatchObject({
      message: '未打开数据文件夹，不能保存附件',
    })
  })
})
