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
}

export const caseCategoryTable: CodeTable = {
  table: 'case_categories',
  label: '隐患类别',
  entity: 'caseCategory',
  inUseSql: `(SELECT count(*) FROM cases k WHERE k.category_id = t.id AND k.${OPEN_SQL})`,
}

export const subjectKindTable: CodeTable = {
  table: 'subject_kinds',
  label: '场所类别',
  entity: 'subjectKind',
  inUseSql: '(SELECT count(*) FROM subjects s WHERE s.kind_id = t.id AND s.voided_at IS NULL)',
}
