import type { CaseCount, PeriodFigures, Rate } from './schema'

/** The main figures in the order the .docx and the workbook print them, against the previous period; `term` names its definition. */
export type HeadlineRow =
  | { item: string; term: string; kind: 'count'; pick: (f: PeriodFigures) => CaseCount }
  | { item: string; term: string; kind: 'rate'; pick: (f: PeriodFigures) => Rate }

export const headlineRows: readonly HeadlineRow[] = [
  { item: '发现隐患', term: '发现隐患', kind: 'count', pick: (f) => f.found },
  { item: '其中重大火灾隐患', term: '重大火灾隐患', kind: 'count', pick: (f) => f.majorFound },
  { item: '整改销号', term: '整改销号', kind: 'count', pick: (f) => f.closed },
  { item: '其中重大火灾隐患', term: '重大火灾隐患', kind: 'count', pick: (f) => f.majorClosed },
  { item: '本期发现已整改', term: '本期发现已整改', kind: 'count', pick: (f) => f.foundClosed },
  { item: '整改率', term: '整改率', kind: 'rate', pick: (f) => f.rate },
  { item: '销号与发现之比', term: '销号与发现之比', kind: 'rate', pick: (f) => f.closedRatio },
  { item: '期初未销号', term: '期初未销号', kind: 'count', pick: (f) => f.openAtStart },
  { item: '期末未销号', term: '期末未销号', kind: 'count', pick: (f) => f.openAtEnd },
  { item: '期末逾期未整改', term: '期末逾期未整改', kind: 'count', pick: (f) => f.overdueAtEnd },
  { item: '新挂牌督办隐患', term: '新挂牌督办隐患', kind: 'count', pick: (f) => f.supervisedStarted },
  { item: '期末在督隐患', term: '期末在督隐患', kind: 'count', pick: (f) => f.supervisedAtEnd },
]
