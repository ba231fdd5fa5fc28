/**
 * The only error that crosses the API boundary. Messages are Chinese and meant for the user;
 * `field` names the input field (a dotted path into the handler's args) when one is at fault.
 */
import type { AppErrorData, ErrorCode, FieldIssue } from '../shared/errors'

export type { AppErrorData, ErrorCode, FieldIssue }

export class AppError extends Error {
  readonly code: ErrorCode
  readonly field?: string
  readonly issues?: FieldIssue[]

  constructor(code: ErrorCode, message: string, field?: string, issues?: FieldIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    if (field !== undefined) this.field = field
    if (issues !== undefined && issues.length > 1) this.issues = issues
  }

  toJSON(): AppErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.issues === undefined ? {} : { issues: this.issues }),
    }
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError

export const notFound = (what: string, field?: string): AppError =>
  new AppError('NOT_FOUND', `${what}不存在或已作废`, field)

/** Turns anything thrown into what may cross the boundary, without leaking stack traces. */
export function toAppErrorData(e: unknown): AppErrorData {
  if (isAppError(e)) return e.toJSON()
  // SQLite gave up waiting for another writer (a job on a worker, the CLI beside the app): the write was rolled back.
  if (e instanceof Error && (e as { code?: unknown }).code === 'SQLITE_BUSY') {
    return { code: 'CONFLICT', message: '数据文件正被另一项工作（如导入）写入，本次操作未完成，数据未改动，请稍后再试' }
  }
  return { code: 'INTERNAL', message: '内部错误，操作未完成，数据未改动。请重试或联系维护人员。' }
}
