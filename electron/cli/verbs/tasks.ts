import { openApp } from '../../core/app'
import { AppError } from '../../core/errors'
import type { Verb } from '../verb'
import type { TaskJson } from './tasks-json'

/** `firedesk tasks --campaign NAME [--json]`: the stored tasks in the import's JSON shape, plus their status. */
export const tasksVerb: Verb = {
  name: 'tasks',
  usage: 'tasks --campaign 专项行动名称 [--json]\n                                列出专项行动的任务清单及每项任务的状态（推进中、逾期、待销号、已销号）',
  async run(argv, io) {
    const at = argv.indexOf('--campaign')
    const name = at >= 0 ? argv[at + 1] : undefined
    const json = argv.includes('--json')
    if (name === undefined || argv.some((a, i) => a.startsWith('--') && a !== '--campaign' && a !== '--json' && i !== at + 1)) {
      io.err(`用法：firedesk [--data 数据文件夹] ${tasksVerb.usage}`)
      return 2
    }
    const app = openApp({ dataDir: io.dataDir })
    try {
      const campaign = (await app.call('campaigns/list', {})).find((c) => c.name === name)
      if (!campaign) throw new AppError('NOT_FOUND', `没有名为「${name}」的专项行动`, 'campaign')
      const tasks = await app.call('tasks/list', { campaignId: campaign.id })
      const rows: TaskJson[] = tasks.map((t) => ({
        seq: t.seq,
        title: t.title,
        content: t.content,
        lead: t.lead.map((u) => u.name),
        helpers: t.helpers.map((u) => u.name),
        dueText: t.dueText,
        deadline: t.deadline,
        recurring: t.recurring,
        status: t.state,
      }))
      if (json) io.out(JSON.stringify({ campaign: campaign.name, tasks: rows }, null, 2))
      else for (const t of rows) io.out(`${t.seq}. [${t.status}] ${t.content.slice(0, 40)} —— ${[...t.lead, ...t.helpers].join('、')} ${t.dueText}`)
      return 0
    } catch (e) {
      if (e instanceof AppError) {
        io.err(e.message)
        return 1
      }
      throw e
    } finally {
      app.close()
    }
  },
}
