import type { Db } from '../../db/open'
import { documentKinds } from '../../documents/kinds'
import type { KindCounts } from '../schema'
import { countByKind } from './kind-counts'
import { campaignScoped } from './scope'
import type { Range, SqlWhere } from './types'

export const documentsLabel = '发文'
export const documentsDefinition = '发文日期在统计期间内、未作废的文书，按文书种类统计（以发文登记为准）。'

export const documentsWhere = (p: Range): SqlWhere =>
  campaignScoped({ sql: "status = 'issued' AND issue_date BETWEEN @from AND @to", params: { from: p.from, to: p.to } }, p, 'campaign_id')

/** Documents issued in the period by kind, in the order staff see the kinds. */
export const documentsIssued = (db: Db, p: Range): KindCounts =>
  countByKind(
    db,
    'documents',
    documentsWhere(p),
    documentKinds.map((k) => ({ kind: k.code, name: k.name })),
  )
