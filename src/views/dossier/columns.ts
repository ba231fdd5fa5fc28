import { NTag, type DataTableColumns } from 'naive-ui'
import { h } from 'vue'
import { RouterLink } from 'vue-router'
import type { Case } from '../../../electron/core/cases/schema'
import type { ColorChange, DossierDocument, DossierEvent, DossierRevisit } from '../../../electron/core/dossier/schema'
import type { InspectionRow } from '../../../electron/core/inspections/schema'
import { t } from '../../locales'
import { formatDate } from '../../utils/date'

/** The tables of the dossier page: each links to the record's own page where there is one. */

const link = (to: string, text: string) => h(RouterLink, { to }, () => text)
const kindOf = (s: string) => t(`inspectionKind.${s as 'routine'}`)

export const colorColumns: DataTableColumns<ColorChange> = [
  { key: 'at', title: t('dossier.date'), width: 130, render: (c) => formatDate(c.at) },
  {
    key: 'change',
    title: t('dossier.colorHistory'),
    width: 150,
    render: (c) => (c.from === null ? t('dossier.colorFirst', { color: t(`riskColor.${c.to}`) }) : t('dossier.colorChange', { from: t(`riskColor.${c.from}`), to: t(`riskColor.${c.to}`) })),
  },
  { key: 'reason', title: t('dossier.recolorReason'), minWidth: 200, ellipsis: { tooltip: true }, render: (c) => c.reason || (c.from === null ? '' : t('dossier.noReason')) },
  { key: 'by', title: t('app.operator'), width: 100 },
]

export const inspectionColumns: DataTableColumns<InspectionRow> = [
  { key: 'date', title: t('inspectionList.date'), width: 130, render: (i) => formatDate(i.date) },
  { key: 'source', title: t('inspectionList.kind'), width: 100, render: (i) => kindOf(i.source) },
  { key: 'inspectors', title: t('inspectionList.inspectors'), width: 180 },
  {
    key: 'result',
    title: t('inspectionList.result'),
    minWidth: 140,
    render: (i) =>
      i.voidedAt
        ? t('inspectionList.voided')
        : i.hazardCount === 0
          ? t('inspectionList.resultNone')
          : link(`/cases?f=${encodeURIComponent(JSON.stringify({ inspectionId: i.id }))}`, t('inspectionList.resultHazards', { n: i.hazardCount })),
  },
  { key: 'notes', title: t('inspection.notes'), minWidth: 160, ellipsis: { tooltip: true } },
]

export const caseColumns: DataTableColumns<Case> = [
  { key: 'number', title: t('revisit.number'), width: 110, render: (c) => link(`/cases/${c.id}`, c.number) },
  { key: 'foundDate', title: t('case.foundDate'), width: 130, render: (c) => formatDate(c.foundDate) },
  { key: 'description', title: t('case.description'), minWidth: 220, ellipsis: { tooltip: true } },
  { key: 'deadline', title: t('case.deadline'), width: 130, render: (c) => formatDate(c.deadline) },
  {
    key: 'status',
    title: t('case.status'),
    width: 150,
    render: (c) =>
      h('span', [t(`caseStatus.${c.status}`), c.overdue ? h(NTag, { size: 'small', type: 'error', bordered: false, style: 'margin-left:4px' }, () => t('dossier.overdueDays', { n: c.overdueDays })) : null]),
  },
]

export const documentColumns: DataTableColumns<DossierDocument> = [
  { key: 'issueDate', title: t('dossier.date'), width: 130, render: (d) => formatDate(d.issueDate) },
  { key: 'number', title: t('dossier.docNumber'), width: 200, render: (d) => d.number ?? '' },
  { key: 'title', title: t('dossier.docTitle'), minWidth: 240, ellipsis: { tooltip: true }, render: (d) => `${d.title}${d.status === 'voided' ? `（${t('inspectionList.voided')}）` : ''}` },
]

export const revisitColumns: DataTableColumns<DossierRevisit> = [
  { key: 'revisitTitle', title: t('revisit.entity'), minWidth: 200, render: (r) => link(`/revisits/${r.revisitId}`, r.revisitTitle) },
  { key: 'caseNumber', title: t('revisit.number'), width: 110, render: (r) => link(`/cases/${r.caseId}`, r.caseNumber) },
  { key: 'checkedOn', title: t('revisit.date'), width: 130, render: (r) => formatDate(r.checkedOn) },
  {
    key: 'outcome',
    title: t('revisit.outcome'),
    width: 200,
    render: (r) =>
      r.outcome === null
        ? t('revisit.pending')
        : r.outcome === 'kept'
          ? t('revisit.kept')
          : h('span', [t('revisit.relapsed'), r.newCaseId ? h('span', { style: 'margin-left:6px' }, [link(`/cases/${r.newCaseId}`, t('revisit.newCase', { number: r.newCaseNumber ?? '' }))]) : null]),
  },
]

export const timelineColumns: DataTableColumns<DossierEvent> = [
  { key: 'date', title: t('dossier.date'), width: 130, render: (e) => formatDate(e.date) },
  { key: 'kind', title: t('dossier.eventKind'), width: 90, render: (e) => t(`dossier.kinds.${e.kind}`) },
  { key: 'text', title: t('dossier.event'), minWidth: 300, ellipsis: { tooltip: true } },
]
