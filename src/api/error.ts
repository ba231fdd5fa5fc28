import type { AppErrorData, FieldIssue } from '../../electron/shared/errors'

/** An AppError from the core, as the renderer receives it: Chinese message, optional field(s). */
export class ApiError extends Error {
  readonly code: AppErrorData['code']
  readonly field?: string
  /** every field at fault: those of `issues`, or the one `field` */
  readonly issues: readonly FieldIssue[]

  constructor(data: AppErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    if (data.field !== undefined) this.field = data.field
    this.issues = data.issues ?? (data.field === undefined ? [] : [{ field: data.field, message: data.message }])
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError

/** A message fit to show the user for anything a call may throw. */
export function messageOf(e: unknown): string {
  if (isApiError(e)) return e.message
  return e instanceof Error ? e.message : String(e)
}
