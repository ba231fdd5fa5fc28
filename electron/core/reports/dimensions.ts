import { caseSeverities, caseSeverityLabels, type CaseFilter } from '../cases/schema'
import { stmt } from '../cases/sql'
import type { Db } from '../db/open'
import type { Dimension } from './schema'

export interface Group {
  id: string
  name: string
  /** voided areas, categories or kinds are listed only when they have cases in the figures */
  live: boolean
}

/** One way of breaking down the cases: its column on `cases`, its groups in their own order, its case-list filter key. */
export interface DimensionDef {
  key: Dimension
  column: 'c.area_id' | 'c.category_id' | 'c.subject_kind_id' | 'c.severity'
  title: string
  groupLabel: string
  groups(db: Db): Group[]
  narrow(filter: CaseFilter, groupId: string): CaseFilter
}

const table = (name: 'areas' | 'case_categories' | 'subject_kinds') => (db: Db) =>
  (stmt(db, `SELECT id, name, voided_at IS NULL AS live FROM ${name} ORDER BY sort_order, name, id`).all() as { id: string; name: string; live: number }[]).map(
    (g) => ({ id: g.id, name: g.name, live: g.live === 1 }),
  )

const isSeverity = (id: string): id is (typeof caseSeverities)[number] => (caseSeverities as readonly string[]).includes(id)

export const dimensionDefs: Record<Dimension, DimensionDef> = {
  area: {
    key: 'area',
    column: 'c.area_id',
    title: '按村（社区）统计',
    groupLabel: '村（社区）',
    groups: table('areas'),
    narrow: (f, id) => ({ ...f, areaId: id }),
  },
  category: {
    key: 'category',
    column: 'c.category_id',
    title: '按隐患类别统计',
    groupLabel: '隐患类别',
    groups: table('case_categories'),
    narrow: (f, id) => ({ ...f, categoryId: id }),
  },
  subjectKind: {
    key: 'subjectKind',
    column: 'c.subject_kind_id',
    title: '按场所类别统计',
    groupLabel: '场所类别',
    groups: table('subject_kinds'),
    narrow: (f, id) => ({ ...f, subjectKindId: id }),
  },
  severity: {
    key: 'severity',
    column: 'c.severity',
    title: '按隐患等级统计',
    groupLabel: '隐患等级',
    groups: () => caseSeverities.map((s) => ({ id: s, name: caseSeverityLabels[s], live: true })),
    narrow: (f, id) => (isSeverity(id) ? { ...f, severity: id } : f),
  },
}
