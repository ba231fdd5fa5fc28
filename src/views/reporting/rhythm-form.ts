import type { ReportRhythm, RhythmCreate } from '../../../electron/core/reporting/schema'

/** The 报送事项 form: the rhythm split into its kind and day, as people choose it. */
export interface RhythmForm {
  name: string
  kind: 'weekly' | 'monthlyDay' | 'monthEnd' | 'quarterly'
  weekday: number
  day: number
  remindDays: number
  graceDays: number
  ownerGroup: 'villages' | 'campaign_units' | null
  unitIds: string[]
  figureLabels: string[]
  withIncidents: boolean
  startDate: string | null
  endDate: string | null
}

export const rhythmFormFields = ['name', 'rhythm', 'remindDays', 'graceDays', 'ownerGroup', 'unitIds', 'figureLabels', 'withIncidents', 'startDate', 'endDate'] as const

export const emptyRhythmForm = (): RhythmForm => ({
  name: '每周工作推进情况表',
  kind: 'weekly',
  weekday: 4,
  day: 26,
  remindDays: 1,
  graceDays: 2,
  ownerGroup: 'villages',
  unitIds: [],
  figureLabels: [],
  withIncidents: false,
  startDate: null,
  endDate: null,
})

export function rhythmText(f: RhythmForm): string {
  if (f.kind === 'weekly') return `weekly:${f.weekday}`
  if (f.kind === 'monthlyDay') return `monthly:${f.day}`
  return f.kind === 'monthEnd' ? 'monthly' : 'quarterly'
}

export function rhythmFormOf(r: ReportRhythm): RhythmForm {
  const [kind, n] = r.rhythm.split(':')
  return {
    name: r.name,
    kind: kind === 'weekly' ? 'weekly' : kind === 'quarterly' ? 'quarterly' : n ? 'monthlyDay' : 'monthEnd',
    weekday: kind === 'weekly' ? Number(n) : 4,
    day: kind === 'monthly' && n ? Number(n) : 26,
    remindDays: r.remindDays,
    graceDays: r.graceDays,
    ownerGroup: r.ownerGroup,
    unitIds: [...r.unitIds],
    figureLabels: [...r.figureLabels],
    withIncidents: r.withIncidents,
    startDate: r.startDate,
    endDate: r.endDate,
  }
}

export const rhythmArgs = (campaignId: string, f: RhythmForm): RhythmCreate => ({
  campaignId,
  name: f.name,
  rhythm: rhythmText(f),
  remindDays: f.remindDays,
  graceDays: f.graceDays,
  ownerGroup: f.ownerGroup,
  unitIds: f.unitIds,
  figureLabels: f.figureLabels,
  withIncidents: f.withIncidents,
  startDate: f.startDate,
  endDate: f.endDate,
})
