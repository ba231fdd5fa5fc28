import type { z } from 'zod'
import { liveCampaign } from '../../campaigns/service'
import { formatDateZh } from '../../dates'
import { dueInTable, unitRefNames } from '../../tasks/output/export'
import { taskStateLabels, unownedLabel, type Task } from '../../tasks/schema'
import { campaignTasks } from '../../tasks/service'
import type { exportSheetSchema } from '../schema'
import type { SheetList } from '../sheet'
import { stated } from './conditions'

type Filter = Extract<z.output<typeof exportSheetSchema>, { list: 'tasks' }>['filter']

/** A campaign's 任务清单 as its page filters it; filtered to 逾期 it is the list of overdue tasks and who owes them. */
export const tasksSheet: SheetList<Filter, Task> = {
  title: (f) => (f.state === 'overdue' ? '逾期任务清单' : '任务清单'),
  conditions: (ctx, f) =>
    stated([
      ['专项行动', liveCampaign(ctx, f.campaignId, 'campaignId').name],
      ['状态', f.state === undefined ? null : taskStateLabels[f.state]],
      ['期次', f.periodDate === undefined ? null : `${formatDateZh(f.periodDate)}所在期次`],
    ]),
  rows: campaignTasks,
  columns: [
    { header: '任务序号', share: 3, value: (t) => String(t.seq) },
    { header: '工作内容', share: 12, value: (t) => (t.title ? `${t.title}：${t.content}` : t.content) },
    { header: '牵头单位', share: 5, value: (t) => unitRefNames(t.lead) },
    { header: '时限', share: 5, value: dueInTable },
    { header: '状态', share: 3, value: (t) => taskStateLabels[t.state] },
    { header: '逾期单位', share: 6, value: (t) => (t.state === 'overdue' && t.progress.length === 0 ? unownedLabel : t.progress.filter((p) => p.overdue).map((p) => p.unitName).join('、')) },
  ],
}
