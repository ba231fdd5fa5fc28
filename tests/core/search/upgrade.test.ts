import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../../electron/core/app'
import { fixedClock } from '../../../electron/core/clock'
import { migrate } from '../../../electron/core/db/migrate'
import { m0001_foundation } from '../../../electron/core/db/migrations/0001_foundation'
import { openDb } from '../../../electron/core/db/open'
import { DB_FILE } from '../../../electron/core/paths'
import { T0 } from '../helpers'

describe('upgrading a data file written before casework', () => {
  it('makes its existing subjects searchable at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firedesk-upgrade-'))
    try {
      const db = openDb(join(dir, DB_FILE))
      migrate(db, { now: () => T0, list: [m0001_foundation] })
      db.exec(`INSERT INTO areas (id, name, area_type, created_at, created_by, updated_at, updated_by)
                 VALUES ('a1', '西岙村', 'village', '${T0}', '管理员', '${T0}', '管理员');
               INSERT INTO subjects (id, name, kind_id, area_id, address, responsible_name, risk_color, created_at, created_by, updated_at, updated_by)
                 VALUES ('s1', '宏盛五金加工作坊', 'sk03', 'a1', '柳市镇西岙村旭阳路7号', '潘国庆', 'red', '${T0}', '管理员', '${T0}', '管理员');`)
      db.close()

      const app = openApp({ dataDir: dir, clock: fixedClock(T0), logError: () => {} })
      const names = async (text: string) => (await app.call('search/query', { text })).subjects.rows.map((s) => s.name)
      expect(await names('五金加工')).toEqual(['宏盛五金加工作坊'])
      expect(await names('旭阳路')).toEqual(['宏盛五金加工作坊'])
      expect(await names('国庆')).toEqual(['宏盛五金加工作坊'])
      const c = await app.call('cases/create', {
        subjectId: 's1',
        foundDate: '2024-03-04',
        source: 'joint',
        inspectors: '郑建国',
        categoryId: 'cc05',
        description: '加工区内设置员工宿舍',
        requirement: '人员搬离生产经营场所',
        deadline: '2024-03-19',
      })
      expect((await app.call('search/query', { text: '宏盛五金' })).cases.rows.map((r) => r.id)).toEqual([c.id])
      app.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
