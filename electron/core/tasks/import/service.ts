import type { z } from 'zod'
import { audit, stamp } from '../../audit'
import * as campaigns from '../../campaigns/repo'
import { inTx, type Ctx } from '../../context'
import { AppError, notFound } from '../../errors'
import * as units from '../../responsible-units/repo'
import { addAlias } from '../../responsible-units/service'
import { cappedBytes, importCaps } from '../../safety/file-caps'
import { loadSettings } from '../../settings/service'
import { nameKey } from '../../text'
import { BIG_FILE_BYTES, runJob } from '../../worker/run'
import { taskFields } from '../schema'
import { writeTasks } from '../write'
import type { TaskGrid } from './grid'
import type { ImportedTask } from '../types'
import { readTaskList, type TaskProblem } from './read-list'
import type { ImportUnitName, TaskImportPreview, TaskImportReport, taskImportSchema } from './schema'
import { groupOf } from './unit-names'

type Args = z.output<typeof taskImportSchema>

async function gridOf(ctx: Ctx, args: Args): Promise<TaskGrid> {
  // The ledger reader's words for a damaged workbook would not fit a .docx list: the generic ones do.
  const { damaged: _ledgerWords, ...caps } = importCaps(loadSettings(ctx.db))
  const bytes = await cappedBytes(args.dataBase64.replace(/^data:[^,]*;base64,/, ''), caps)
  return runJob('readTaskGrid', { fileName: args.fileName, bytes }, { offThread: bytes.length > BIG_FILE_BYTES })
}

/** The campaign the list goes into: the chosen one, the one with that name, or one to create. */
function target(ctx: Ctx, args: Args, listTitle: string): TaskImportPreview['campaign'] {
  const found = args.campaignId ?? (args.campaignName ? campaigns.findLiveByName(ctx.db, args.campaignName)?.id : undefined)
  if (found !== undefined) {
    const c = campaigns.get(ctx.db, ctx.clock.today(), found)
    if (!c || c.voidedAt) throw notFound('专项行动', 'campaignId')
    return { id: c.id, name: c.name, year: args.year ?? c.year, startDate: c.startDate }
  }
  const titled = /((?:19|20)\d{2})\s*年/.exec(listTitle)?.[1]
  const year = args.year ?? (titled !== undefined ? Number(titled) : Number(ctx.clock.today().slice(0, 4)))
  return { id: null, name: args.campaignName ?? '', year, startDate: args.startDate ?? `${year}-01-01` }
}

const COLUMNS: Record<string, string> = { title: '重点任务', content: '工作内容', dueText: '时限', deadline: '时限' }

/** What the form's schema (taskFields) says of a row: a task too long to keep is refused in both. */
function rowProblems(t: ImportedTask): TaskProblem[] {
  const r = taskFields.safeParse({ title: t.title, content: t.content, dueText: t.dueText, deadline: t.deadline })
  return r.success ? [] : r.error.issues.map((i) => ({ row: t.row, column: COLUMNS[String(i.path[0])] ?? '', level: 'error' as const, message: i.message }))
}

/** Reads the file and says, per row, what would be imported and what is wrong; writes nothing. */
export async function previewTaskImport(ctx: Ctx, args: Args): Promise<TaskImportPreview> {
  const grid = await gridOf(ctx, args)
  const probe = readTaskList(grid, { year: 2000, campaignStart: null, isRegistered: () => false })
  const campaign = target(ctx, args, probe.listTitle)
  const isRegistered = (n: string) => units.findByName(ctx.db, n) !== undefined
  const read = readTaskList(grid, { year: campaign.year, campaignStart: campaign.startDate, isRegistered })
  const problems: TaskProblem[] = [...read.problems]
  const tasks = read.tasks.map((t) => {
    const typed = args.deadlines[String(t.row)]
    if (typed === undefined) return t
    if (typed < campaign.startDate) problems.push({ row: t.row, column: '时限', level: 'error', message: `补填的时限 ${typed} 早于专项行动开始日期 ${campaign.startDate}` })
    return { ...t, deadline: typed, undatable: false }
  })
  for (const t of tasks) problems.push(...rowProblems(t))
  const typedRows = new Set(Object.keys(args.deadlines).map(Number))
  const kept = problems.filter((p) => !(p.row !== null && typedRows.has(p.row) && p.message.includes('无法换算为日期')))
  if (campaign.id !== null) {
    const existing = (ctx.db.prepare('SELECT count(*) AS n FROM tasks WHERE campaign_id = ? AND voided_at IS NULL').get(campaign.id) as { n: number }).n
    if (existing > 0) kept.unshift({ row: null, column: '', level: 'error', message: `专项行动「${campaign.name}」已有${existing}项任务，不能再导入一份清单（如需重新导入，请先作废原有任务）` })
  }
  const names: ImportUnitName[] = []
  for (const t of tasks) {
    for (const n of [...t.lead, ...t.helpers]) {
      let entry = names.find((x) => x.name === n)
      if (entry === undefined) {
        const group = groupOf(n)
        const mapped = args.unitMap[n]
        const unit = group !== null ? undefined : mapped !== undefined && mapped !== 'new' ? units.get(ctx.db, mapped) : units.findByName(ctx.db, nameKey(n))
        entry = { name: n, unitId: unit?.id ?? null, unitName: unit?.name ?? null, group, rows: [] }
        names.push(entry)
        if (group === null && unit === undefined && mapped !== 'new') {
          kept.push({ row: t.row, column: '责任单位', level: 'warning', message: `「${n}」不是已登记的责任单位${args.addUnknownUnits ? '，导入时将新登记' : '，请对应到已登记单位或新增'}` })
        }
      }
      if (!entry.rows.includes(t.row)) entry.rows.push(t.row)
    }
  }
  const unmapped = names.filter((n) => n.group === null && n.unitId === null && args.unitMap[n.name] !== 'new').map((n) => n.name)
  const errors = kept.some((p) => p.level === 'error')
  return {
    fileName: args.fileName,
    listTitle: read.listTitle,
    above: read.above,
    campaign,
    tasks,
    problems: kept.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    units: names,
    unmapped,
    canCommit: !errors && (args.addUnknownUnits || unmapped.length === 0),
  }
}

/** Imports the list when nothing is wrong, all in one transaction; otherwise writes nothing. */
export async function commitTaskImport(ctx: Ctx, args: Args): Promise<TaskImportReport> {
  const p = await previewTaskImport(ctx, args)
  const errors = p.problems.filter((x) => x.level === 'error')
  if (errors.length > 0) {
    const first = errors[0]!
    throw new AppError('VALIDATION', `有${errors.length}处错误，未导入任何任务。${first.row === null ? '' : `第${first.row}行`}${first.column ? `「${first.column}」` : ''}：${first.message}`, 'dataBase64')
  }
  if (!p.canCommit) throw new AppError('VALIDATION', `以下单位尚未对应到已登记的责任单位：${p.unmapped.join('、')}`, 'unitMap')
  if (p.campaign.id === null && p.campaign.name === '') throw new AppError('VALIDATION', '请填写专项行动名称', 'campaignName')
  return inTx(ctx, () => {
    const { at, by } = stamp(ctx)
    let campaignId = p.campaign.id
    if (campaignId === null) {
      campaignId = ctx.newId()
      campaigns.insert(ctx.db, campaignId, { name: p.campaign.name, noticeNumber: '', noticeTitle: p.listTitle, year: p.campaign.year, startDate: p.campaign.startDate, endDate: null, endText: '', notes: '' }, at, by)
      audit(ctx, { action: 'create', entity: 'campaign', entityId: campaignId, data: { name: p.campaign.name, year: p.campaign.year, from: p.fileName } })
    }
    const created: string[] = []
    const aliases: string[] = []
    const idOf = new Map<string, string>()
    for (const n of p.units) {
      if (n.group !== null) continue
      if (n.unitId !== null) {
        idOf.set(n.name, n.unitId)
        if (args.unitMap[n.name] !== undefined && n.unitName !== nameKey(n.name)) {
          addAlias(ctx, n.unitId, n.name)
          aliases.push(n.name)
        }
        continue
      }
      const id = ctx.newId()
      units.insert(ctx.db, id, { name: nameKey(n.name), aliases: [], contactName: '', contactPhone: '', subjectId: null, sortOrder: 0, notes: `由任务清单「${p.fileName}」导入时登记` }, at, by)
      audit(ctx, { action: 'create', entity: 'responsible_unit', entityId: id, data: { name: n.name, from: p.fileName } })
      idOf.set(n.name, id)
      created.push(n.name)
    }
    const ref = (role: 'lead' | 'helper') => (name: string) => ({ role, name, unitId: idOf.get(name) ?? null, group: groupOf(name) })
    const rows = p.tasks.map((t) => ({ seq: t.seq, title: t.title, content: t.content, dueText: t.dueText, deadline: t.deadline, recurring: t.recurring, units: [...t.lead.map(ref('lead')), ...t.helpers.map(ref('helper'))] }))
    writeTasks(ctx, campaignId, rows, at, by)
    audit(ctx, { action: 'importTasks', entity: 'campaign', entityId: campaignId, data: { fileName: p.fileName, tasks: p.tasks.length, unitsCreated: created } })
    return { campaignId, campaignName: p.campaign.name, created: p.tasks.length, unitsCreated: created, aliasesAdded: aliases }
  })
}
