import { openApp, type FiredeskApp } from '../../core/app'
import { isAppError } from '../../core/errors'
import { allHandlers } from '../../core/handlers'
import type { Verb } from '../verb'

export const callVerb: Verb = {
  name: 'call',
  usage: "call <操作> ['<JSON 参数>']   调用一个操作（如 subjects/list），输出结果 JSON；出错时错误 JSON 写到 stderr，退出码 2；call --list 列出全部操作名",
  async run(args, io) {
    if (args.length === 1 && args[0] === '--list') {
      // The names alone, one a line, so a script can grep them; nothing is opened.
      io.out(allHandlers.map((h) => h.name).sort().join('\n'))
      return 0
    }
    const [name, json, ...rest] = args
    if (name === undefined || rest.length > 0) {
      io.err(`用法：firedesk [--data 数据文件夹] ${callVerb.usage}`)
      return 2
    }
    let input: unknown = {}
    if (json !== undefined) {
      try {
        input = JSON.parse(json)
      } catch (e) {
        io.err(`参数不是有效的 JSON：${e instanceof Error ? e.message : String(e)}\n例：firedesk call subjects/list '{"text":"小吃店","pageSize":5}'`)
        return 2
      }
    }
    let app: FiredeskApp
    try {
      app = openApp({ dataDir: io.dataDir, logError: (handler, e) => io.err(`[firedesk] ${handler} 出错：${String(e)}`) })
    } catch (e) {
      // A data file that cannot be opened (too new, inconsistent) is an AppError like any other.
      if (!isAppError(e)) throw e
      io.err(JSON.stringify(e))
      return 2
    }
    try {
      const r = await app.invoke(name, input)
      if (!r.ok) {
        io.err(JSON.stringify(r.error))
        return 2
      }
      io.out(JSON.stringify(r.data, null, 2))
      return 0
    } finally {
      app.close()
    }
  },
}
