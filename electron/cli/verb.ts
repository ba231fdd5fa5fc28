import { openApp, type FiredeskApp } from '../core/app'
import { isAppError } from '../core/errors'

/** What a verb gets: the data folder chosen by `--data` (or the default) and where to write. */
export interface CliIo {
  dataDir: string
  out: (s: string) => void
  err: (s: string) => void
}

/**
 * One command of `firedesk <verb> …`. `usage` is its line in the help text (Chinese): the
 * synopsis, then what it does. `run` answers the process exit code.
 */
export interface Verb {
  name: string
  usage: string
  /**
   * Verbs that never write the data file (check, report, backup) may run beside the app; every
   * other verb takes the data folder's writer lock first and is refused while another holds it.
   * A verb that writes only with some arguments (report --issue) answers for its arguments.
   */
  readOnly?: true | ((args: readonly string[]) => boolean)
  run(args: string[], io: CliIo): Promise<number>
}

/** Refuses arguments a verb does not take, pointing at the global options' place. */
export function noExtraArgs(verb: Verb, args: readonly string[], io: CliIo): boolean {
  if (args.length === 0) return true
  io.err(`${verb.name} 不接受参数：${args.join(' ')}（--data 要写在命令名之前）\n用法：firedesk [--data 数据文件夹] ${verb.usage}`)
  return false
}

/** Runs a verb's work on the data folder's app: a refusal (AppError) goes to stderr as JSON with exit code 2; the app is closed either way. */
export async function withApp(io: CliIo, work: (app: FiredeskApp) => Promise<number>): Promise<number> {
  const app = openApp({ dataDir: io.dataDir })
  try {
    return await work(app)
  } catch (e) {
    if (!isAppError(e)) throw e
    io.err(JSON.stringify(e.toJSON()))
    return 2
  } finally {
    app.close()
  }
}
