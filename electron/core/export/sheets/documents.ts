import type { z } from 'zod'
import { kindOf } from '../../documents/kinds'
import type { DocumentEntry } from '../../documents/register/types'
import { listDocuments } from '../../documents/register/service'
import { allPages } from '../columns'
import type { exportSheetSchema } from '../schema'
import { cellDate, type SheetList } from '../sheet'
import { nameOf, signers, stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'documents' }>['filter']

const shownStatus = { all: null, issued: '已签发', voided: '已作废' } as const

/** 发文登记 on paper: the register of issued documents, as its page filters it. */
export const documentsSheet: SheetList<Filter, DocumentEntry> = {
  title: () => '发文登记簿',
  conditions: (ctx, f) =>
    stated([
      ['状态', shownStatus[f.status]],
      ['文书种类', f.kind ? kindOf(f.kind).name : null],
      ['年份', f.year === undefined ? null : `${f.year}年`],
      ['隐患', nameOf(ctx, 'cases', f.caseId)],
      ['监管对象', nameOf(ctx, 'subjects', f.subjectId)],
      ['专项行动', nameOf(ctx, 'campaigns', f.campaignId)],
      ['批次', f.batchId === undefined ? null : '同一批发出的文书'],
      ['关键字', f.text ? `“${f.text}”` : null],
    ]),
  rows: (ctx, f) => allPages((page, pageSize) => listDocuments(ctx, { ...f, page, pageSize })),
  columns: [
    { header: '文号', share: 7, value: (d) => d.number ?? '（无文号）' },
    { header: '标题', share: 9, value: (d) => d.title },
    { header: '受文单位', share: 6, value: (d) => d.recipient },
    { header: '成文日期', share: 5, value: (d) => cellDate(d.issueDate) },
    { header: '经办/审核/签发', share: 5, value: signers },
    { header: '送达日期', share: 5, value: (d) => (d.deliveredOn ? cellDate(d.deliveredOn) : '未送达') },
    { header: '状态', share: 3, value: (d) => (d.status === 'voided' ? '已作废' : '已签发') },
  ],
}
