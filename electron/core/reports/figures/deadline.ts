/*
 * The deadline in force at the end of a day. A case keeps only its current deadline; each change
 * is a timeline entry (延期, or a failed recheck that sets a new deadline) whose data holds
 * oldDeadline and newDeadline, dated with the day it was decided. The deadline in force at the
 * end of @at is set by the last change dated on or before @at; with none, it is the deadline the
 * case had before its first change; with no change at all, the current one.
 */

const CHANGES = "e.case_id = c.id AND e.action IN ('extend', 'recheckFailed') AND json_extract(e.data, '$.newDeadline') IS NOT NULL"

export const deadlineAtSql = `coalesce(
  (SELECT json_extract(e.data, '$.newDeadline') FROM case_events e WHERE ${CHANGES} AND e.date <= @at ORDER BY e.date DESC, e.at DESC, e.id DESC LIMIT 1),
  (SELECT json_extract(e.data, '$.oldDeadline') FROM case_events e WHERE ${CHANGES} ORDER BY e.date, e.at, e.id LIMIT 1),
  c.deadline)`
