import type { z } from 'zod'
import type { FireIncident } from '../../incidents/schema'
import { listIncidents } from '../../incidents/service'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import { cellDate, type SheetList } from '../sheet'
import { dayRange, nameOf, stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'incidents' }>['filter']

/** 火灾事故 on paper: when and where, who, the cause and the toll, as the ledger's page filters it. */
export const incidentsSheet: SheetList<Filter, FireIncident> = {
  title: () => '火灾事故登记表',
  conditions: (ctx, f) =>
    stated([
      ['专项行动', nameOf(ctx, 'campaigns', f.campaignId)],
      ['报送单位', nameOf(ctx, 'units', f.unitId)],
      ['发生日期', dayRange(f.from, f.to)],
      ['状态', f.includeVoided ? '含已作废' : null],
    ]),
  rows: (ctx, f) => allPages((page, pageSize) => listIncidents(ctx, { ...f, page, pageSize })),
  columns: [
    { header: '发生日期', share: 5, value: (i) => cellDate(i.occurredOn) },
    { header: '报送单位', share: 4, value: (i) => i.unitName ?? '' },
    { header: '起火地点', share: 7, value: (i) => (i.voidedAt ? `${i.place}（已作废）` : i.place) },
    { header: '当事单位/人', share: 5, value: (i) => i.subjectName ?? i.party },
    { header: '起火原因', share: 5, value: (i) => i.cause },
    { header: '死亡', share: 2, value: (i) => String(i.deaths) },
    { header: '受伤', share: 2, value: (i) => String(i.injuries) },
    { header: '损失(元)', share: 4, value: (i) => String(i.lossYuan) },
  ],
}
