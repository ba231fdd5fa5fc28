/*
 * The deadline in force at the end of a day. A case keeps only its current deadline; each change
 * is a timeline entry (延期, or a failed recheck that sets a new deadline) whose data holds
 * oldDeadline and newDeadline, dated with the day it was decided. The deadline in force at the
 * end of a day is set by the last change dated on or before it; with none, it is the deadline the
 * case had before its first change; with no change at all, the current one.
 */

const CHANGES = "e.case_id = c.id AND e.action IN ('extend', 'recheckFailed') AND json_extract(e.data, '$.newDeadline') IS NOT NULL"

/** The deadline of `cases c` in force at the end of the day in the named parameter (e.g. 'at' for @at). */
export const deadlineAtSql = (param: string): string => `coalesce(
  (SELECT json_extract(e.data, '$.newDeadline') FROM case_events e WHERE ${CHANGES} AND e.date <= @${param} ORDER BY e.date DESC, e.at DESC, e.id DESC LIMIT 1),
  (SELECT json_extract(e.data, '$.oldDeadline') FROM case_events e WHERE ${CHANGES} ORDER BY e.date, e.at, e.id LIMIT 1),
  c.deadline)`
