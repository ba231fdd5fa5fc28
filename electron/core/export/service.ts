import type { z } from 'zod'
import type { Ctx } from '../context'
import type { Tabulate } from './columns'
import { exportLists } from './lists'
import type { ExportFile, exportListSchema } from './schema'
import { writeWorkbook } from './workbook'

type Args = z.output<typeof exportListSchema>

/** 隐患台账_20240305.xlsx: what, and the office day it was taken. */
const fileNameOf = (title: string, today: string): string => `${title}_${today.replace(/-/g, '')}.xlsx`

export async function exportList(ctx: Ctx, args: Args): Promise<ExportFile> {
  // The union's members pair each list with its own filter; TypeScript cannot follow that pairing
  // through an index, so the lookup is widened once here.
  const tabulate = exportLists[args.list] as Tabulate<Args['filter']>
  const table = tabulate(ctx, args.filter)
  const { buffer, rows } = await writeWorkbook(table, new Date(ctx.clock.now()))
  return { fileName: fileNameOf(table.title, ctx.clock.today()), dataBase64: buffer.toString('base64'), rows }
}
