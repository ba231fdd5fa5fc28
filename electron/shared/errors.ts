/**
 * The shape of the one error that crosses every boundary (IPC, HTTP, CLI output): a code, a
 * Chinese message for the user, and the field at fault. A form's validation names every field at
 * fault at once in `issues`, so a form can show all its problems beside their fields in one go.
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

/** One field at fault: a dotted path into the handler's args, and what is wrong with it. */
export interface FieldIssue {
  field: string
  message: string
}

export interface AppErrorData {
  code: ErrorCode
  message: string
  field?: string
  /** every field at fault, the first one being `field`; only on validation of several fields */
  issues?: FieldIssue[]
}
