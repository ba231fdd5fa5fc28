import { buildDocx } from '../../fixtures/tasks/docx-builder'
import { testApp } from '../helpers'

/**
 * 政法办 owes a report by the 26th of every month, every village a weekly one by Thursday; both
 * reported in January's first week and then fell silent. A dated task of 派出所 is not yet due.
 */
export async function silent() {
  const app = testApp('2021-01-05T02:00:00.000Z')
  await app.call('areas/create', { name: '新城村', sortOrder: 1 })
  const zf = await app.call('responsibleUnits/create', { name: '政法办' })
  await app.call('responsibleUnits/create', { name: '派出所' })
  const campaign = await app.call('campaigns/create', { name: '冬春火灾防控', year: 2020, startDate: '2020-11-20' })
  const doc = buildDocx(['任务清单'], [[
    { header: true, cells: ['序号', '工作内容', '牵头单位', '时限'] },
    { cells: ['1', '报送工作推进情况。', '政法办', '每月26日前'] },
    { cells: ['2', '报送每周工作推进情况表。', '各村（社区）', '每周四'] },
    { cells: ['3', '开展夜查。', '派出所', '2021年3月31日前'] },
  ]])
  await app.call('tasks/importCommit', { fileName: '清单.docx', dataBase64: doc.toString('base64'), campaignId: campaign.id })
  const [monthly, weekly] = await app.call('tasks/list', { campaignId: campaign.id })
  if (!monthly || !weekly) throw new Error('the list was not imported')
  const village = weekly.progress[0]!
  await app.call('tasks/progress', { taskId: weekly.id, unitId: village.unitId, status: 'done', note: '第1周已报', date: '2021-01-05' })
  return { app, zf, campaign, monthly, weekly, village }
}
