import { openApp } from '../../core/app'
import type { Verb } from '../verb'

const OPTIONS = { '--subjects': 'subjects', '--cases': 'cases', '--seed': 'seed' } as const
type Option = keyof typeof OPTIONS

/** `--subjects 20000 --cases 100000 --seed 1` (or `--subjects=20000`) → numbers; an error message otherwise. */
function parse(args: readonly string[]): Partial<Record<(typeof OPTIONS)[Option], number>> | string {
  const out: Partial<Record<(typeof OPTIONS)[Option], number>> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (!(flag in OPTIONS)) return `不认识的参数：${arg}`
    const raw = inline ?? args[++i]
    if (raw === undefined || !/^\d+$/.test(raw)) return `${flag} 后面需要一个非负整数`
    out[OPTIONS[flag as Option]] = Number(raw)
  }
  return out
}

export const demoVerb: Verb = {
  name: 'demo',
  usage: 'demo [--subjects N] [--cases M] [--seed S]   向空数据库载入可重复生成的示例数据（监管对象、检查记录、隐患及其全过程）',
  async run(args, io) {
    const options = parse(args)
    if (typeof options === 'string') {
      io.err(`${options}\n用法：firedesk [--data 数据文件夹] ${demoVerb.usage}`)
      return 1
    }
    const app = openApp({ dataDir: io.dataDir })
    try {
      const r = await app.call('demo/load', options)
      io.out(
        `已载入示例数据：${r.areas} 个村(社区)、${r.subjects} 个监管对象、${r.inspections} 条检查记录、${r.cases} 条隐患、${r.events} 条处理记录，用时 ${(r.ms / 1000).toFixed(1)} 秒`,
      )
      io.out(`数据文件：${app.dbFile ?? ''}`)
      return 0
    } finally {
      app.close()
    }
  },
}
