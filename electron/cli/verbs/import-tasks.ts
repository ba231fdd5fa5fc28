import { basename, resolve } from 'node:path'
import { openApp } from '../../core/app'
import { isAppError } from '../../core/errors'
import { importCaps, readCappedFile } from '../../core/safety/file-caps'
import type { CliIo } from '../verb'
import { problemJson, problemLine, type TaskJson } from './tasks-json'

export const importTasksUsage =
  'import tasks 文件 --campaign 专项行动名称 [--year 年度] [--dry-run] [--json]\n' +
  '                                从 .docx/.xlsx 任务清单导入任务：先列出每行的问题，无错误时一次性导入；专项行动不存在时新建，未登记的责任单位自动登记'

interface Options {
  file: string
  campaign: string
  year?: number
  dryRun: boolean
  json: boolean
}

function parse(argv: readonly string[], io: CliIo): Options | null {
  const [file, ...rest] = argv
  const usage = () => {
    io.err(`用法：firedesk [--data 数据文件夹] ${importTasksUsage}`)
    return null
  }
  if (file === undefined || file.startsWith('--')) return usage()
  const o: Partial<Options> & { dryRun: boolean; json: boolean } = { file, dryRun: false, json: false }
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]
    if (flag === '--dry-run') o.dryRun = true
    else if (flag === '--json') o.json = true
    else if (flag === '--campaign' && rest[i + 1] !== undefined) o.campaign = rest[++i]
    else if (flag === '--year' && /^\d{4}$/.test(rest[i + 1] ?? '')) o.year = Number(rest[++i])
    else return usage()
  }
  if (o.campaign === undefined || o.campaign.trim() === '') return usage()
  return o as Options
}

/** `firedesk import tasks FILE --campaign NAME`: preview, then import when no error stands. */
export async function importTasks(argv: readonly string[], io: CliIo): Promise<number> {
  const o = parse(argv, io)
  if (!o) return 2
  const path = resolve(o.file)
  const fail = (message: string) => {
    if (o.json) io.out(JSON.stringify({ campaign: o.campaign, tasks: [], problems: [{ row: 0, message }] }, null, 2))
    else io.err(message)
    return 1
  }
  const app = openApp({ dataDir: io.dataDir })
  try {
    let data: Buffer
    try {
      data = readCappedFile(path, importCaps(await app.call('settings/get', {})))
    } catch (e) {
      return fail(isAppError(e) ? e.message : `无法读取文件：${path}`)
    }
    const args = { fileName: basename(path), dataBase64: data.toString('base64'), campaignName: o.campaign, addUnknownUnits: true, ...(o.year ? { year: o.year } : {}) }
    const p = await app.call('tasks/importPreview', args)
    const errors = p.problems.filter((x) => x.level === 'error').length
    if (o.json) {
      const tasks: TaskJson[] = p.tasks.map((t) => ({ seq: t.seq, title: t.title, content: t.content, lead: t.lead, helpers: t.helpers, dueText: t.dueText, deadline: t.deadline, recurring: t.recurring }))
      io.out(JSON.stringify({ campaign: o.campaign, tasks, problems: p.problems.map(problemJson) }, null, 2))
    } else {
      io.out(`文件：${p.fileName}${p.listTitle ? `（${p.listTitle}）` : ''}`)
      io.out(`专项行动：${p.campaign.name}（${p.campaign.id === null ? '新建' : '已有'}，年度 ${p.campaign.year}）`)
      io.out(`任务 ${p.tasks.length} 项；问题：错误 ${errors} 个，提醒 ${p.problems.length - errors} 个`)
      for (const x of p.problems) io.out(problemLine(x))
    }
    if (errors > 0) {
      if (!o.json) io.out('有错误，未写入任何数据。')
      return 1
    }
    if (o.dryRun) {
      if (!o.json) io.out('（试运行，未写入任何数据；去掉 --dry-run 即可导入）')
      return 0
    }
    const r = await app.call('tasks/importCommit', args)
    if (!o.json) {
      io.out(`已导入 ${r.created} 项任务到「${r.campaignName}」`)
      if (r.unitsCreated.length > 0) io.out(`新登记责任单位：${r.unitsCreated.join('、')}`)
    }
    return 0
  } catch (e) {
    if (isAppError(e)) return fail(e.message)
    throw e
  } finally {
    app.close()
  }
}
