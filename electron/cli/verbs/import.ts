import { basename, resolve } from 'node:path'
import { openApp } from '../../core/app'
import { caseStatuses, caseStatusLabels } from '../../core/cases/schema'
import { AppError, isAppError } from '../../core/errors'
import { importKinds, type ImportArgs, type ImportKind, type ImportPreview, type ImportProblem, type ImportReport } from '../../core/import/schema'
import { importCaps, readCappedFile } from '../../core/safety/file-caps'
import type { CliIo, Verb } from '../verb'
import { importTasks, importTasksUsage } from './import-tasks'

interface Options {
  kind: ImportKind
  file: string
  dryRun: boolean
  args: Omit<ImportArgs, 'kind' | 'fileName' | 'dataBase64'>
  defaultArea?: string
}

const FLAGS = ['--dry-run', '--skip-invalid', '--create-areas'] as const
const VALUED = ['--mapping', '--sheet', '--default-area'] as const

function parse(argv: readonly string[], io: CliIo): Options | null {
  const [kind, file, ...rest] = argv
  const usage = () => {
    io.err(`用法：firedesk [--data 数据文件夹] ${importVerb.usage}`)
    return null
  }
  if (!importKinds.some((k) => k === kind) || file === undefined) return usage()
  const o: Options = { kind: kind as ImportKind, file, dryRun: false, args: {} }
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i] ?? ''
    if ((FLAGS as readonly string[]).includes(flag)) {
      if (flag === '--dry-run') o.dryRun = true
      if (flag === '--skip-invalid') o.args.skipInvalid = true
      if (flag === '--create-areas') o.args.createAreas = true
      continue
    }
    const value = rest[++i]
    if (!(VALUED as readonly string[]).includes(flag) || value === undefined) return usage()
    if (flag === '--sheet') o.args.sheet = value
    if (flag === '--default-area') o.defaultArea = value
    if (flag === '--mapping') {
      try {
        o.args.mapping = JSON.parse(value) as ImportArgs['mapping']
      } catch {
        io.err(`--mapping 不是有效的 JSON，例：--mapping '{"D":"foundDate","检查时间":"foundDate","F":""}'`)
        return null
      }
    }
  }
  return o
}

const where = (p: ImportProblem): string => {
  const [letter, ...header] = p.column.split(' ')
  const column = p.column === '' ? '' : ` ${letter}列${header.length > 0 ? `「${header.join(' ')}」` : ''}`
  return p.row === null ? `全表${column}` : `第${p.row}行${column}`
}

function printPreview(p: ImportPreview, io: CliIo): void {
  io.out(`文件：${p.fileName}（工作表「${p.sheet}」，表头在第${p.headerRow}行）`)
  io.out('列对应：')
  for (const c of p.columns) io.out(`  ${c.column} ${c.header || '（无表头）'} → ${c.fieldLabel || '（不导入）'}`)
  const errors = p.problems.filter((x) => x.level === 'error').length
  io.out(`问题：错误 ${errors} 个，提醒 ${p.problems.length - errors} 个`)
  for (const x of p.problems) io.out(`  ${where(x)} ${x.level === 'error' ? '错误' : '提醒'}：${x.message}`)
  const c = p.counts
  io.out(`数据行 ${c.rows} 行（另有空行 ${c.blank} 行）：新建 ${c.create} 行，匹配 ${c.match} 行，跳过 ${c.skip} 行，有错误 ${c.error} 行`)
  const statuses = caseStatuses.filter((s) => c.cases.byStatus[s]).map((s) => `${caseStatusLabels[s]} ${c.cases.byStatus[s]}`)
  io.out(
    `  新建单位 ${c.subjects.create} 个，匹配已登记单位 ${c.subjects.match} 个` +
      (p.kind === 'cases' ? `，新建隐患 ${c.cases.create} 条${statuses.length > 0 ? `（${statuses.join('、')}）` : ''}` : ''),
  )
  if (c.areas.create.length > 0) io.out(`  新建村(社区)：${c.areas.create.join('、')}`)
}

function printReport(r: ImportReport, io: CliIo): void {
  const cases = r.kind === 'cases' ? `，新建隐患 ${r.created.cases} 条` : ''
  io.out(`已导入：新建单位 ${r.created.subjects} 个${cases}，匹配已登记单位 ${r.matched.subjects} 个`)
  if (r.created.areas.length > 0) io.out(`新建村(社区)：${r.created.areas.join('、')}`)
  if (r.skipped.length > 0) io.out(`跳过 ${r.skipped.length} 行：`)
  for (const s of r.skipped) io.out(`  第${s.row}行：${s.reason}`)
}

export const importVerb: Verb = {
  name: 'import',
  usage:
    'import subjects|cases 文件 [--dry-run] [--mapping JSON] [--sheet 工作表] [--default-area 村(社区)] [--create-areas] [--skip-invalid]\n' +
    '                                从 .xlsx/.csv 导入监管对象或隐患台账：先列出每行每列的问题，无错误时一次性全部导入（--dry-run 只检查不写入）\n  ' +
    importTasksUsage,
  async run(argv, io) {
    if (argv[0] === 'tasks') return importTasks(argv.slice(1), io)
    const o = parse(argv, io)
    if (!o) return 2
    const path = resolve(o.file)
    const app = openApp({ dataDir: io.dataDir })
    try {
      let data: Buffer
      try {
        data = readCappedFile(path, importCaps(await app.call('settings/get', {})))
      } catch (e) {
        if (isAppError(e)) throw e
        io.err(`无法读取文件：${path}`)
        return 1
      }
      const args: ImportArgs = { kind: o.kind, fileName: basename(path), dataBase64: data.toString('base64'), ...o.args }
      if (o.defaultArea !== undefined) {
        const area = (await app.call('areas/list', {})).find((a) => a.name === o.defaultArea)
        if (!area) throw new AppError('VALIDATION', `村(社区)「${o.defaultArea}」未登记`, 'defaultAreaId')
        args.defaultAreaId = area.id
      }
      const preview = await app.call('import/preview', args)
      printPreview(preview, io)
      if (o.dryRun) {
        io.out(preview.canCommit ? '（试运行，未写入任何数据；去掉 --dry-run 即可导入）' : '（试运行，未写入任何数据；有错误，需修改表格或加 --skip-invalid）')
        return preview.canCommit ? 0 : 1
      }
      printReport(await app.call('import/commit', args), io)
      return 0
    } finally {
      app.close()
    }
  },
}
