import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, type FiredeskApp } from '../../../electron/core/app'
import { fixedClock, sequentialIds } from '../../../electron/core/clock'
import { errorOf } from '../helpers'
import { seedCampaign } from './fixture'

// Thursday 2024-03-14; the campaign started on Friday 2024-02-02. A data folder: the file is kept there.
let app: FiredeskApp
let dataDir: string
afterEach(() => app.close())

async function weekly() {
  dataDir = mkdtempSync(join(tmpdir(), 'firedesk-report-file-'))
  app = openApp({ dataDir, clock: fixedClock('2024-03-14T02:00:00.000Z'), newId: sequentialIds(), logError: () => {} })
  const seed = await seedCampaign(app, { start: '2024-02-02', end: '2024-04-30' })
  const rhythm = await app.call('reporting/createRhythm', { campaignId: seed.campaignId, name: '每周工作推进情况表', rhythm: 'weekly:4', startDate: '2024-02-02', ownerGroup: 'villages' })
  return { unitId: seed.villages[0] as string, rhythmId: rhythm.id }
}

describe('报送 with the file the unit sent', () => {
  it('keeps the file in the data folder under its hash, whatever its name, and gives it back by the submission', async () => {
    const { unitId, rhythmId } = await weekly()
    const sheet = Buffer.from('长江村第11周工作推进情况表：入户检查120户')
    const s = await app.call('reporting/record', {
      rhythmId,
      unitId,
      periodKey: '2024-W11',
      receivedDate: '2024-03-14',
      fileName: '../../长江村推进情况表.txt',
      fileBase64: sheet.toString('base64'),
    })
    expect(s.fileName).toBe('../../长江村推进情况表.txt')
    expect(s.fileId).not.toBeNull()
    const back = await app.call('campaigns/file', { id: s.fileId as string })
    expect(Buffer.from(back.dataBase64, 'base64').equals(sheet)).toBe(true)
    // the name is a label only: nothing was written outside the data folder's attachments
    expect(readdirSync(dataDir).sort()).toEqual(expect.arrayContaining(['attachments', 'firedesk.db']))
    expect(existsSync(join(dataDir, '..', '长江村推进情况表.txt'))).toBe(false)
    // the audit log records the file's id, not its bytes
    const logged = app.ctx.db.prepare("SELECT data FROM audit_log WHERE entity = 'report_submission'").pluck().get() as string
    expect(logged).toContain(s.fileId as string)
    expect(logged).not.toContain(sheet.toString('base64'))
  })

  it('names an unnamed file after the unit and the week, and refuses what is not base64 without recording the report', async () => {
    const { unitId, rhythmId } = await weekly()
    const s = await app.call('reporting/record', { rhythmId, unitId, periodKey: '2024-W10', receivedDate: '2024-03-07', fileBase64: Buffer.from('表').toString('base64') })
    expect(s.fileName).toMatch(/^长江村.+报送材料$/)
    expect(await errorOf(app, 'reporting/record', { rhythmId, unitId, periodKey: '2024-W11', receivedDate: '2024-03-14', fileBase64: '不是文件' })).toMatchObject({
      field: 'fileBase64',
      message: '文件内容不是有效的 base64 编码',
    })
    const o = await app.call('reporting/overview', { rhythmId })
    expect(o.cells[0]?.find((_, i) => o.periods[i]?.key === '2024-W11')?.standing).toBe('due')
  })
})
