import { deadlineAtSql } from './deadline'
import { openAtSql } from './open'
import type { CaseFigure } from './types'

/** 期末逾期: open at the period's end with the deadline then in force already passed. */
export const overdueAtEnd: CaseFigure = {
  key: 'overdueAtEnd',
  label: '期末逾期未整改',
  definition:
    '期末未销号的隐患中，期末当日有效的整改期限早于期末一日的。整改期限以期末当日有效的为准：期内批准的延期、复查不合格后重新确定的期限计入，期末以后批准的延期不计入。',
  dateColumn: null,
  where: (p) => {
    const open = openAtSql(p.to)
    return { sql: `${open.sql} AND ${deadlineAtSql('at')} < @at`, params: open.params }
  },
  // Overdue on a past day under the deadline of that day: the case list only knows today's.
  filter: () => null,
}
