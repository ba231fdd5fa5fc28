import { z } from 'zod'
import { audit, stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { fileBytes, readSheet } from '../import/sheet/read'
import { importCaps } from '../safety/file-caps'
import { loadSettings } from '../settings/service'
import { requiredText } from '../validation'
import * as repo from './repo'
import type { AreaType } from './schema'

/*
 * The villages of a new office, entered at once: typed one per line, pasted from a list, or read
 * from the first column of an Excel sheet. Names already there are skipped, not refused.
 */

export const areaNamesSchema = z.strictObject({
  names: z.array(requiredText('村(社区)名称', 40), { error: '请填写村(社区)名称' }).min(1, '请至少填写一个村(社区)').max(500, '一次最多添加500个村(社区)'),
})

export const areaSheetSchema = z.strictObject({
  fileName: requiredText('文件名', 200),
  dataBase64: z.string({ error: '请选择文件' }).min(1, '请选择文件'),
})

/** 社区 and 园区 by their names; everything else a village, which staff may change later. */
function typeOf(name: string): AreaType {
  if (name.endsWith('社区')) return 'community'
  if (/(园区|工业区|开发区)$/.test(name)) return 'industrial_zone'
  return 'village'
}

export function createAreas(ctx: Ctx, names: readonly string[]): { created: string[]; skipped: string[] } {
  return inTx(ctx, () => {
    const created: string[] = []
    const skipped: string[] = []
    const { at, by } = stamp(ctx)
    for (const name of new Set(names)) {
      if (repo.findLiveByName(ctx.db, name)) {
        skipped.push(name)
        continue
      }
      const id = ctx.newId()
      const area = { name, areaType: typeOf(name), grids: [], headName: '', headPhone: '', sortOrder: 0, notes: '' }
      repo.insert(ctx.db, id, area, at, by)
      audit(ctx, { action: 'create', entity: 'area', entityId: id, data: area })
      created.push(name)
    }
    return { created, skipped }
  })
}

const HEADER = /^(村[(（]社区[)）](名称)?|名称|村名|村社区|序号)$/

/** The names in the first column that has any, without a header such as 村(社区) or 名称. */
export async function areaNamesFromSheet(ctx: Ctx, fileName: string, dataBase64: string): Promise<string[]> {
  const sheet = await readSheet(fileName, await fileBytes(dataBase64, importCaps(loadSettings(ctx.db))), undefined)
  const texts = sheet.rows.map((r) => r.cells.map((c) => (c === null ? '' : String(c).trim())))
  const column = Math.max(0, texts.reduce((found, cells) => (found >= 0 ? found : cells.findIndex((c) => c !== '')), -1))
  const names = texts.map((cells) => cells[column] ?? '').filter((n) => n !== '' && n.length <= 40)
  return names.filter((n, i) => !(i === 0 && HEADER.test(n)))
}
