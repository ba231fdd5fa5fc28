import type { z } from 'zod'
import { formatDateZh } from '../../dates'
import { chaseTarget } from '../../reporting/chase'
import type { ChaseTarget } from '../../reporting/schema'
import { standingLabels } from '../../reporting/types'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'chase' }>['filter']
type Unit = ChaseTarget['units'][number]

/** The units of one 报送 period not yet in: the list handed round or sent with a 催报. */
export const chaseSheet: SheetList<Filter, Unit> = {
  title: () => '未报送单位清单',
  conditions: (ctx, f) => {
    const t = chaseTarget(ctx, f.rhythmId, f.periodKey)
    return [`专项行动：${t.rhythm.campaignName}`, `报送事项：${t.rhythm.name}`, `报送期：${t.period.label}（${formatDateZh(t.period.due)}截止）`]
  },
  rows: (ctx, f) => chaseTarget(ctx, f.rhythmId, f.periodKey).units,
  columns: [
    { header: '单位', share: 8, value: (u) => u.name },
    { header: '情况', share: 4, value: (u) => standingLabels[u.standing] },
    { header: '联系人', share: 4, value: (u) => u.contactName },
    { header: '联系电话', share: 5, value: (u) => u.contactPhone },
  ],
}
