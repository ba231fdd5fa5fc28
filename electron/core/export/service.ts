import type { z } from 'zod'
import type { Ctx } from '../context'
import type { Tabulate } from './columns'
import { exportLists } from './lists'
import type { ExportFile, exportListSchema, exportSheetSchema, Sheet } from './schema'
import type { MakeSheet } from './sheet'
import { sheetDocx } from './sheet-docx'
import { sheets } from './sheets'
import { writeWorkbook } from './workbook'

type Args = z.output<typeof exportListSchema>
type SheetArgs = z.output<typeof exportSheetSchema>

/** 隐患台账_20240305.xlsx: what, and the office day it was taken. */
const fileNameOf = (title: string, today: string, extension = 'xlsx'): string => `${title}_${today.replace(/-/g, '')}.${extension}`

export async function exportList(ctx: Ctx, args: Args): Promise<ExportFile> {
  // The union's members pair each list with its own filter; TypeScript cannot follow that pairing
  // through an index, so the lookup is widened once here.
  const tabulate = exportLists[args.list] as Tabulate<Args['filter']>
  const table = tabulate(ctx, args.filter)
  const { buffer, rows } = await writeWorkbook(table, new Date(ctx.clock.now()))
  return { fileName: fileNameOf(table.title, ctx.clock.today()), dataBase64: buffer.toString('base64'), rows }
}

export function exportSheet(ctx: Ctx, args: SheetArgs): Sheet {
  // As in exportList: each member pairs a list with its own filter, widened once for the lookup.
  const make = sheets[args.list] as MakeSheet<SheetArgs['filter']>
  return make(ctx, args.filter)
}

export function exportSheetDocx(ctx: Ctx, args: SheetArgs): ExportFile {
  const sheet = exportSheet(ctx, args)
  return { fileName: fileNameOf(sheet.title, ctx.clock.today(), 'docx'), dataBase64: sheetDocx(sheet).toString('base64'), rows: sheet.rows.length }
}
