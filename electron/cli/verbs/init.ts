import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { openApp } from '../../core/app'
import { migrationState } from '../../core/db/migrate'
import { DB_FILE } from '../../core/paths'
import { noExtraArgs, type Verb } from '../verb'

export const initVerb: Verb = {
  name: 'init',
  usage: 'init                          创建数据文件，或把已有的数据文件升级到最新结构（升级前自动备份）',
  async run(args, io) {
    if (!noExtraArgs(initVerb, args, io)) return 1
    const existed = existsSync(join(io.dataDir, DB_FILE))
    const app = openApp({ dataDir: io.dataDir })
    try {
      const state = migrationState(app.ctx.db)
      io.out(existed ? '数据文件已就绪' : '已创建数据文件')
      io.out(`数据文件：${app.dbFile ?? ''}`)
      io.out(`数据结构版本：${state.current}`)
      return 0
    } finally {
      app.close()
    }
  },
}
