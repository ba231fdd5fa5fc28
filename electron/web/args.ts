import { resolve } from 'node:path'
import { defaultDataDir } from '../core/paths'
import { DEFAULT_PORT } from './server'

export interface WebArgs {
  port: number
  dataDir: string
}

/** Parses `--port N` and `--data DIR` (also `--port=N`); throws an Error with a Chinese message. */
export function parseWebArgs(argv: readonly string[], fallbackDataDir: () => string = defaultDataDir): WebArgs {
  let port = DEFAULT_PORT
  let dataDir: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2)
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined || v === '') throw new Error(`${flag} 后面需要一个值`)
      return v
    }
    if (flag === '--port') {
      const raw = value()
      port = Number(raw)
      if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`端口号无效：${raw}（应为 0–65535 的整数）`)
    } else if (flag === '--data') {
      dataDir = resolve(value())
    } else {
      throw new Error(`不认识的参数：${argv[i] ?? ''}。用法：npm run web -- [--port 端口] [--data 数据文件夹]`)
    }
  }
  return { port, dataDir: dataDir ?? fallbackDataDir() }
}
