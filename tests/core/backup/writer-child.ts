/**
 * A writer process for the crash test: commits batches of units and reports each commit on
 * stdout, until its parent kills it with SIGKILL.
 */
import { openApp } from '../../../electron/core/app'

async function main(): Promise<void> {
  const dataDir = process.argv[2]
  if (!dataDir) throw new Error('usage: writer-child DATA_DIR')
  const app = openApp({ dataDir })
  const areaId = (await app.call('areas/create', { name: '长江村' })).id
  for (let batch = 1; ; batch++) {
    app.ctx.db.transaction(() => {
      for (let i = 0; i < 20; i++) {
        app.ctx.db
          .prepare(
            `INSERT INTO subjects (id, name, kind_id, area_id, risk_color, created_at, created_by, updated_at, updated_by)
             VALUES (?, ?, 'sk01', ?, 'green', '2024-03-05', 'crash', '2024-03-05', 'crash')`,
          )
          .run(`b${batch}-${i}`, `批次${batch}单位${i}`, areaId)
      }
    })()
    process.stdout.write(`committed ${batch}\n`)
  }
}

void main()
