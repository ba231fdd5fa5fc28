import { OPEN_SQL } from '../cases/sql'

/**
 * The office's editable code tables (分类表): 隐患类别 and 场所类别. Entries are added, renamed
 * and retired (voided), never deleted: the records filed under an entry keep it.
 */
export interface CodeTable {
  table: 'case_categories' | 'subject_kinds'
  /** How staff call the table: 「已有名为「其他」的隐患类别」. */
  label: string
  /** The audit log's entity. */
  entity: 'caseCategory' | 'subjectKind'
  /** Counts what uses an entry `t`: open cases of a category, live units of a kind. */
  inUseSql: string
  /** Whether the table keeps who wrote and why it was voided (隐患类别 does; 场所类别 keeps them in the audit log). */
  stamped: boolean
}

export const caseCategoryTable: CodeTable = {
  table: 'case_categories',
  label: '隐患类别',
  entity: 'caseCategory',
  inUseSql: `(SELECT count(*) FROM cases k WHERE k.category_id = t.id AND k.${OPEN_SQL})`,
  stamped: true,
}

export const subjectKindTable: CodeTable = {
  table: 'subject_kinds',
  label: '场所类别',
  entity: 'subjectKind',
  inUseSql: '(SELECT count(*) FROM subjects s WHERE s.kind_id = t.id AND s.voided_at IS NULL)',
  stamped: false,
}
