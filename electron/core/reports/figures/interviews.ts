import type { Db } from '../../db/open'
import { interviewKindLabels, interviewKinds } from '../../interviews/schema'
import type { KindCounts } from '../schema'
import { countByKind } from './kind-counts'
import { campaignScoped } from './scope'
import type { Range, SqlWhere } from './types'

export const interviewsLabel = '约谈'
export const interviewsDefinition = '实际举行日期（约谈开始时间）在统计期间内的约谈，按约谈类别统计；只安排、尚未举行的和作废的不计入。'

/** Held or minuted: an interview that took place. started_at is a local YYYY-MM-DDTHH:mm; its day decides. */
export const interviewsWhere = (p: Range): SqlWhere =>
  campaignScoped(
    { sql: "status IN ('held', 'minuted') AND substr(started_at, 1, 10) BETWEEN @from AND @to", params: { from: p.from, to: p.to } },
    p,
    'campaign_id',
  )

export const interviewsHeld = (db: Db, p: Range): KindCounts =>
  countByKind(
    db,
    'interviews',
    interviewsWhere(p),
    interviewKinds.map((k) => ({ kind: k, name: interviewKindLabels[k] })),
  )
