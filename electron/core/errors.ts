/**
 * The only error that crosses the API boundary. Messages are Chinese and meant for the user;
 * `field` names the input field (a dotted path into the handler's args) when one is at fault.
 */
export type ErrorCode =
  | 'VALIDATION' // bad input: the message names the field
  | 'NOT_FOUND'
  | 'CONFLICT' // the data changed or a uniqueness rule was broken
  | 'ILLEGAL_STATE' // an action not allowed in the record's current state
  | 'UNKNOWN_HANDLER'
  | 'DB_TOO_NEW' // the data file was written by a newer FireDesk
  | 'DB_CORRUPT'
  | 'FORBIDDEN'
  | 'INTERNAL'

export interface AppErrorData {
  code: ErrorCode
  message: string
  field?: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly field?: string

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'AppError'
    this.code = code
    if (field !== undefined) this.field = field
  }

  toJSON(): AppErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError

export const notFound = (what: string, field?: string): AppError =>
  new AppError('NOT_FOUND', `${what}不存在或已作废`, field)

/** Turns anything thrown into what may cross the boundary, without leaking stack traces. */
export function toAppErrorData(e: unknown): AppErrorData {
  if (isAppError(e)) return e.toJSON()
  return { code: 'INTERNAL', message: '内部错误，操作未完成，数据未改动。请重试或联系维护人员。' }
}
