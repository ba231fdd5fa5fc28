/**
 * `npm run firedesk -- [--data DIR] <verb> …`: FireDesk's command line, over the same core as the
 * app. Runs straight from the TypeScript sources (tsx), no build step.
 */
import { resolve } from 'node:path'
import { isAppError } from '../core/errors'
import { defaultDataDir } from '../core/paths'
import { takeWriterLock, type WriterLock } from '../core/safety/lock'
import { startUp } from '../core/safety/startup'
import type { CliIo, Verb } from './verb'
import * as verbModules from './verbs'

const verbs: readonly Verb[] = Object.values(verbModules).sort((a, b) => a.name.localeCompare(b.name))

export function usage(): string {
  return [
    '消安督办台命令行 / FireDesk command line',
    '',
    '用法：firedesk [--data 数据文件夹] <命令> [参数…]',
    '  （npm run firedesk -- [--data 数据文件夹] <命令> …）',
    '',
    '命令：',
    ...verbs.map((v) => `  ${v.usage}`),
    '  help [命令]                   显示本说明（或某个命令的用法）',
    '',
    `--data 默认为桌面程序使用的数据文件夹：${defaultDataDir()}`,
  ].join('\n')
}

/** Runs one command line (without `node script`); answers the exit code. */
export async function runCli(argv: readonly string[], io: Omit<CliIo, 'dataDir'>): Promise<number> {
  let dataDir: string | null = null
  let i = 0
  for (; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--data') {
      const value = argv[++i]
      if (value === undefined || value === '') {
        io.err('--data 后面需要一个数据文件夹')
        return 1
      }
      dataDir = resolve(value)
    } else if (arg.startsWith('--data=') && arg.length > '--data='.length) {
      dataDir = resolve(arg.slice('--data='.length))
    } else if (arg.startsWith('-') && arg !== '--help' && arg !== '-h') {
      io.err(`不认识的选项：${arg}\n\n${usage()}`)
      return 1
    } else {
      break
    }
  }
  const [name, ...args] = argv.slice(i)
  if (name === undefined) {
    io.err(usage())
    return 1
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const verb = verbs.find((v) => v.name === args[0])
    io.out(verb ? `用法：firedesk [--data 数据文件夹] ${verb.usage}` : usage())
    return 0
  }
  const verb = verbs.find((v) => v.name === name)
  if (!verb) {
    io.err(`未知命令：${name}\n\n${usage()}`)
    return 1
  }
  const folder = dataDir ?? defaultDataDir()
  let lock: WriterLock | null = null
  try {
    if (!(typeof verb.readOnly === 'function' ? verb.readOnly(args) : verb.readOnly === true)) {
      lock = await takeWriterLock(folder, `命令行 firedesk ${verb.name}`)
      for (const line of startUp(folder)) io.err(line)
    }
    return await verb.run(args, { ...io, dataDir: folder })
  } catch (e) {
    io.err(isAppError(e) ? e.message : `出错：${e instanceof Error ? e.message : String(e)}`)
    return 1
  } finally {
    await lock?.release()
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  }).then((code) => {
    process.exitCode = code
  })
}
