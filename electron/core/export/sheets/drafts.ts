import type { z } from 'zod'
import { draftStatusLabels, type DocumentDraftRecord } from '../../documents/signoff/schema'
import * as repo from '../../documents/signoff/repo'
import { toRecord } from '../../documents/signoff/service'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'
import { signers, stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'drafts' }>['filter']

/** 文书审签 on paper: the documents on their way through 审核 and 签发, and who has done what. */
export const draftsSheet: SheetList<Filter, DocumentDraftRecord> = {
  title: (f) => (f.status === 'open' ? '待审签文书清单' : '文书审签清单'),
  conditions: (_ctx, f) => stated([['状态', f.status === 'open' ? '待办（草稿、已审核）' : draftStatusLabels[f.status]]]),
  rows: (ctx, f) => repo.list(ctx.db, f.status).map((r) => toRecord(ctx, r)),
  columns: [
    { header: '标题', share: 9, value: (d) => d.title },
    { header: '文书种类', share: 6, value: (d) => d.kindName },
    { header: '文号', share: 7, value: (d) => d.number ?? '' },
    { header: '状态', share: 3, value: (d) => draftStatusLabels[d.status] },
    { header: '经办/审核/签发', share: 6, value: signers },
  ],
}
