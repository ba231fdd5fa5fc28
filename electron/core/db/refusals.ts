import { AppError } from '../errors'
import type { Migration } from './migration'

/*
 * Why a data file cannot be opened or upgraded, in words for the office: what happened, that the
 * file was left as it was, and what to do. SQLite's own text is kept as the cause, for the log.
 */

const named = (file: string | undefined): string => (file === undefined ? '数据文件' : `数据文件（${file}）`)

const withCause = (error: AppError, cause: unknown): AppError => Object.assign(error, { cause })

const WHAT_TO_DO = '请把数据文件夹交给维护人员检查，或从最近的备份恢复（数据文件夹的 backups 中每天自动备份一份）。'

/** A database with tables but no migration history: another program's file, or a crafted one. */
export const notOurs = (file: string | undefined): AppError =>
  new AppError(
    'DB_CORRUPT',
    `${named(file)}不是消安督办台的数据文件：其中已有数据表，却没有本程序的升级记录。为免损坏，程序没有打开它，也未作任何改动。请确认数据文件夹选对了；选对了的话，${WHAT_TO_DO}`,
  )

/** A migration failed on the file: the whole upgrade was rolled back. */
export function upgradeFailed(m: Migration | undefined, file: string | undefined, cause: unknown): AppError {
  const step = m === undefined ? '' : `第 ${m.version} 步（${m.name}）`
  return withCause(
    new AppError(
      'DB_CORRUPT',
      `升级${named(file)}时${step}未能完成，整个升级已撤回，数据文件未作任何改动，仍可用原来版本的消安督办台打开。数据文件可能已损坏，或被本程序以外的工具改动过。${WHAT_TO_DO}`,
    ),
    cause,
  )
}

const SQLITE_DAMAGED: ReadonlySet<unknown> = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT'])

/** Opening the file failed: SQLite cannot read it as a database at all. Other errors pass as they are. */
export function openFailed(file: string | undefined, cause: unknown): unknown {
  if (!(cause instanceof Error) || !SQLITE_DAMAGED.has((cause as { code?: unknown }).code)) return cause
  return withCause(new AppError('DB_CORRUPT', `${named(file)}已损坏或不是数据库文件，无法打开，未作任何改动。${WHAT_TO_DO}`), cause)
}
