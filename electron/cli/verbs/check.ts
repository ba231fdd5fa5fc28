import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { verifyChain } from '../../core/auditlog/chain'
import { checksum, isForeign, migrationState, type MigrationState } from '../../core/db/migrate'
import type { Migration } from '../../core/db/migration'
import { migrations } from '../../core/db/migrations'
import { openDb, type Db } from '../../core/db/open'
import { notOurs, openFailed } from '../../core/db/refusals'
import { DB_FILE } from '../../core/paths'
import { noExtraArgs, type Verb } from '../verb'

/** What is wrong with the migration history, in words for the office's maintainer. */
export function migrationProblems(state: MigrationState, list: readonly Migration[] = migrations): string[] {
  const problems: string[] = []
  if (state.current > state.latest) {
    problems.push(
      `数据文件由更新版本的消安督办台创建（数据结构版本 ${state.current}，本程序只支持到 ${state.latest}）。请升级程序后再使用。`,
    )
  }
  for (const a of state.applied) {
    if (a.version > state.latest) continue
    const m = list.find((x) => x.version === a.version)
    if (!m || checksum(m.sql) !== a.checksum) {
      problems.push(`数据结构版本 ${a.version}（${a.name}）与本程序的不一致，程序会拒绝打开这个数据文件。`)
    }
  }
  if (state.pending.length > 0) {
    problems.push(`有 ${state.pending.length} 个数据结构升级尚未执行（${state.pending.join('、')}）。运行 firedesk init 升级（升级前自动备份）。`)
  }
  return problems
}

function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[]
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok')
  const broken = db.pragma('foreign_key_check') as { table: string }[]
  const tables = [...new Set(broken.map((r) => r.table))]
  if (broken.length > 0) problems.push(`有 ${broken.length} 条记录引用了不存在的记录（表：${tables.join('、')}）。`)
  return problems
}

const hasAuditChain = (db: Db): boolean =>
  (db.prepare("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'hash'").pluck().get() as number) > 0

/** The audit log's hash chain: the first entry changed, inserted or removed outside the program. */
function auditProblems(db: Db, out: (line: string) => void): string[] {
  if (!hasAuditChain(db)) return []
  const report = verifyChain(db)
  const older = report.unchained > 0 ? `，其中 ${report.unchained} 条早于校验链` : ''
  if (report.broken === null) {
    out(`操作日志校验：完好（${report.entries} 条${older}）`)
    return []
  }
  out('操作日志校验：发现问题')
  return [`操作日志第 ${report.broken.seq} 条（${report.broken.at}）校验不通过：${report.broken.problem}。`]
}

export const checkVerb: Verb = {
  name: 'check',
  readOnly: true,
  usage: 'check                         检查数据文件是否完好、结构是否最新（不作任何改动；正常时退出码 0，否则 1）',
  async run(args, io) {
    if (!noExtraArgs(checkVerb, args, io)) return 1
    const file = join(io.dataDir, DB_FILE)
    io.out(`数据文件：${file}`)
    if (!existsSync(file)) {
      io.err('数据文件不存在。请先运行 firedesk init 创建，或用 --data 指定数据文件夹。')
      return 1
    }
    // Read-only: a check must never migrate or otherwise change the file it is checking.
    let db: Db | undefined
    try {
      db = openDb(file, { readonly: true })
      const integrity = integrityProblems(db)
      const state = migrationState(db)
      io.out(`完整性检查：${integrity.length === 0 ? '正常' : '发现问题'}`)
      io.out(`数据结构版本：当前 ${state.current}，最新 ${state.latest}，待升级：${state.pending.length === 0 ? '无' : state.pending.join('、')}`)
      // Another program's file has no history to upgrade: saying what init would run would mislead.
      const history = isForeign(db, state) ? [notOurs(file).message] : migrationProblems(state)
      const problems = [...integrity, ...history, ...auditProblems(db, io.out)]
      for (const p of problems) io.err(p)
      io.out(problems.length === 0 ? '检查通过' : '检查未通过')
      return problems.length === 0 ? 0 : 1
    } catch (e) {
      throw openFailed(file, e)
    } finally {
      db?.close()
    }
  },
}
