import { resolve } from 'node:path'
import { createBackup } from '../../core/backup/service'
import { withApp, type Verb } from '../verb'

export const backupVerb: Verb = {
  name: 'backup',
  readOnly: true,
  usage: 'backup 文件.zip                 制作一份完整备份（数据库、附件、模板和校验清单），程序运行时也可以做',
  async run(args, io) {
    const [file, ...rest] = args
    if (!file || rest.length > 0 || !file.toLowerCase().endsWith('.zip')) {
      io.err(`用法：firedesk [--data 数据文件夹] ${backupVerb.usage}`)
      return 1
    }
    return withApp(io, async (app) => {
      const info = await createBackup(app.ctx, { file: resolve(file), kind: 'manual' })
      for (const name of info.cleaned ?? []) io.out(`已清理一天前未完成的备份：${name}`)
      io.out(`已备份到：${info.file}`)
      io.out(`大小：${(info.size / 1024 / 1024).toFixed(1)} MB；内容：${Object.entries(info.counts).map(([k, n]) => `${k} ${n}`).join('，')}`)
      return 0
    })
  },
}
