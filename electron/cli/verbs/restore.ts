import { resolve } from 'node:path'
import { openApp } from '../../core/app'
import { restoreBackup } from '../../core/backup/service'
import { isAppError } from '../../core/errors'
import type { Verb } from '../verb'

export const restoreVerb: Verb = {
  name: 'restore',
  usage: 'restore 文件.zip                从备份恢复：先完整校验，再另存一份当前数据，然后替换（请先关闭程序）',
  async run(args, io) {
    const [file, ...rest] = args
    if (!file || rest.length > 0) {
      io.err(`用法：firedesk [--data 数据文件夹] ${restoreVerb.usage}`)
      return 1
    }
    const app = openApp({ dataDir: io.dataDir })
    try {
      const r = await restoreBackup(app.ctx, resolve(file))
      io.out(`已从备份恢复（备份制作于 ${r.restored.createdAt}）`)
      io.out(`恢复前的数据已另存为：${r.safetyBackup.file}`)
      return 0
    } catch (e) {
      if (!isAppError(e)) throw e
      io.err(JSON.stringify(e.toJSON()))
      return 2
    } finally {
      app.close()
    }
  },
}
