import { resolve } from 'node:path'
import { restoreBackup } from '../../core/backup/service'
import { withApp, type Verb } from '../verb'

export const restoreVerb: Verb = {
  name: 'restore',
  usage: 'restore 文件.zip                从备份恢复：先完整校验，再另存一份当前数据，然后替换（请先关闭程序）',
  async run(args, io) {
    const [file, ...rest] = args
    if (!file || rest.length > 0) {
      io.err(`用法：firedesk [--data 数据文件夹] ${restoreVerb.usage}`)
      return 1
    }
    return withApp(io, async (app) => {
      const r = await restoreBackup(app.ctx, resolve(file))
      io.out(`已从备份恢复（备份制作于 ${r.restored.createdAt}）`)
      io.out(`恢复前的数据已另存为：${r.safetyBackup.file}`)
      return 0
    })
  },
}
