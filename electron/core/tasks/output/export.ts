import ExcelJS from 'exceljs'
import type { z } from 'zod'
import { liveCampaign } from '../../campaigns/service'
import type { Ctx } from '../../context'
import { formatDateZh } from '../../dates'
import { recurringLabel } from '../deadline'
import type { Task, TaskExportFile, TaskUnitRef, taskExportSchema } from '../schema'
import { progressStatusLabels, taskStateLabels, unownedLabel } from '../schema'
import { listCampaignTasks } from '../service'
import { attachmentTableDocx, type AttachmentTable } from './docx-table'

export const unitRefNames = (refs: readonly TaskUnitRef[]) => refs.map((r) => r.name).join('、')

/** 时限 as the list wrote it; a typed date or a rhythm when nothing was written. */
const dueOf = (t: Task): string => t.dueText || (t.deadline !== null ? `${formatDateZh(t.deadline)}前` : t.recurring !== null ? recurringLabel(t.recurring) : '')

/** The 任务清单 as an 附件 table: 序号, (重点任务), 工作内容, 牵头单位, 配合单位, 时限. */
function listTable(title: string, tasks: Task[]): AttachmentTable {
  const titled = tasks.some((t) => t.title !== '')
  const content = titled ? 95 : 125
  return {
    label: '附件',
    title,
    columns: [
      { header: '序号', mm: 12 },
      ...(titled ? [{ header: '重点任务', mm: 30 }] : []),
      { header: '工作内容', mm: content },
      { header: '牵头单位', mm: 32 },
      { header: '配合单位', mm: 32 },
      { header: '时限', mm: 24 },
    ],
    rows: tasks.map((t) => [String(t.seq), ...(titled ? [t.title] : []), t.content, unitRefNames(t.lead), unitRefNames(t.helpers), dueOf(t)]),
  }
}

const progressCell = (p: Task['progress'][number]): string =>
  [p.note, p.fileName ? `（佐证：${p.fileName}）` : '', p.reportedOn ? `${formatDateZh(p.reportedOn)}报` : ''].filter((s) => s !== '').join('')

/** 时限 in the 工作推进情况表: a recurring task's names the period its progress row is for. */
export const dueInTable = (t: Task): string => (t.period === null ? dueOf(t) : `${dueOf(t)}（${t.period.label}）`)

/**
 * The 工作推进情况表: a row per task and owing unit, the task's cells merged down over its units.
 * Made for a past day, its recurring tasks show the periods containing that day, and every report
 * recorded for them so far (each dated).
 */
function progressTable(title: string, today: string, day: string, tasks: Task[]): AttachmentTable {
  const rows: (string | null)[][] = []
  for (const t of tasks) {
    const units = t.progress.length > 0 ? t.progress : [null]
    units.forEach((p, i) => {
      const head = i === 0 ? [String(t.seq), t.content, dueInTable(t), taskStateLabels[t.state]] : [null, null, null, null]
      const status = p === null ? '' : p.overdue ? progressStatusLabels.overdue : progressStatusLabels[p.status]
      rows.push([head[0]!, head[1]!, head[2]!, p === null ? unownedLabel : `${p.unitName}${p.role === 'lead' ? '（牵头）' : ''}`, status, p === null ? '' : progressCell(p), head[3]!])
    })
  }
  return {
    label: '附件',
    title,
    subtitle: day === today ? `（截至${formatDateZh(today)}）` : `（${formatDateZh(day)}所在期次，截至${formatDateZh(today)}）`,
    columns: [
      { header: '序号', mm: 12 },
      { header: '工作内容', mm: 78 },
      { header: '时限', mm: 22 },
      { header: '责任单位', mm: 34 },
      { header: '进展', mm: 16 },
      { header: '推进情况', mm: 45 },
      { header: '任务状态', mm: 18 },
    ],
    rows,
  }
}

async function xlsxOf(t: AttachmentTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(t.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ''), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  })
  const width = t.columns.length
  ws.addRow([t.title])
  ws.mergeCells(1, 1, 1, width)
  ws.getRow(1).font = { bold: true, size: 16 }
  ws.getRow(1).alignment = { horizontal: 'center' }
  ws.addRow([t.subtitle ?? ''])
  ws.mergeCells(2, 1, 2, width)
  ws.getRow(2).alignment = { horizontal: 'center' }
  ws.addRow(t.columns.map((c) => c.header))
  ws.getRow(3).font = { bold: true }
  t.columns.forEach((c, i) => (ws.getColumn(i + 1).width = Math.max(6, Math.round(c.mm / 2.2))))
  const starts: number[] = t.columns.map(() => 4)
  t.rows.forEach((r, i) => {
    const rowNo = 4 + i
    ws.addRow(r.map((v) => v ?? ''))
    r.forEach((v, k) => {
      if (v !== null) starts[k] = rowNo
      const endsMerge = t.rows[i + 1]?.[k] !== null
      if (endsMerge && starts[k]! < rowNo) ws.mergeCells(starts[k]!, k + 1, rowNo, k + 1)
    })
  })
  ws.eachRow((row) => row.eachCell((c) => (c.alignment = { wrapText: true, vertical: 'middle' })))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** The 任务清单 or the 工作推进情况表 of a campaign, as .docx (GB/T 9704 附件) or .xlsx. */
export async function exportTasks(ctx: Ctx, args: z.output<typeof taskExportSchema>): Promise<TaskExportFile> {
  const c = liveCampaign(ctx, args.campaignId, 'campaignId')
  const today = ctx.clock.today()
  const day = args.what === 'progress' ? (args.periodDate ?? today) : today
  const tasks = listCampaignTasks(ctx, c.id, day)
  const base = c.name.replace(/任务清单$/, '')
  const table = args.what === 'list' ? listTable(`${base}任务清单`, tasks) : progressTable(`${base}工作推进情况表`, today, day, tasks)
  const bytes = args.format === 'docx' ? attachmentTableDocx(table) : await xlsxOf(table)
  const stem = args.what === 'list' ? `${base}任务清单` : `${base}工作推进情况表（${day}）`
  return { fileName: `${stem.replace(/[\\/:*?"<>|]/g, '_')}.${args.format}`, dataBase64: bytes.toString('base64') }
}
