import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../../electron/core/app'
import { measure, type BenchResult } from './measure'

const AREAS = ['柳黄头村', '长江村', '象阳村', '吕庄村', '西岙村', '前街社区', '后街社区', '新光社区', '湖头村', '龙泉村']
const KINDS = ['sk01', 'sk02', 'sk03', 'sk05', 'sk06', 'sk07', 'sk14']
const COLORS = ['green', 'grey', 'yellow', 'red'] as const
const WORDS = ['好运来', '鑫达', '宏盛', '顺发', '金鼎', '永兴', '华联', '正泰', '德力西', '天正']
const TYPES = ['小吃店', '五金店', '电器厂', '出租房', '仓库', '超市', '美发店', '物流站']

/** `subjects/list` with a filter and a sort on 20 000 units, through the handler registry. */
export async function bench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'firedesk-bench-'))
  const app = openApp({ dataDir: dir })
  try {
    const areaIds: string[] = []
    for (const name of AREAS) areaIds.push((await app.call('areas/create', { name })).id)
    const insert = app.ctx.db.prepare(
      `INSERT INTO subjects (id, name, kind_id, area_id, address, risk_color, is_key, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '基准', ?, '基准')`,
    )
    app.ctx.db.transaction(() => {
      for (let i = 0; i < 20_000; i++) {
        const at = new Date(Date.UTC(2023, 0, 1) + i * 60_000).toISOString()
        insert.run(
          `b${i}`,
          `${WORDS[i % WORDS.length]}${TYPES[(i >> 3) % TYPES.length]}${i}`,
          KINDS[i % KINDS.length],
          areaIds[i % areaIds.length],
          `柳市镇${AREAS[i % AREAS.length]}${(i % 300) + 1}号`,
          COLORS[i % 4],
          i % 17 === 0 ? 1 : 0,
          at,
          at,
        )
      }
    })()
    app.ctx.db.exec('ANALYZE')
    return [
      await measure('subjects/list area+colour filter, sort by name, page 3', 10, (i) =>
        app.invoke('subjects/list', { areaId: areaIds[i % areaIds.length], riskColor: 'red', sort: 'name', page: 3 }),
      ),
      await measure('subjects/list kind filter, sort by updatedAt desc', 10, (i) =>
        app.invoke('subjects/list', { kindId: KINDS[i % KINDS.length], sort: 'updatedAt', order: 'desc' }),
      ),
      await measure('subjects/list text "宏盛" + kind, sort by name', 10, () =>
        app.invoke('subjects/list', { text: '宏盛', kindId: 'sk05', sort: 'name' }),
      ),
    ]
  } finally {
    app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
