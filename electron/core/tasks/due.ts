import type { Campaign } from '../campaigns/schema'
import { AppError } from '../errors'
import { readDueCell } from './deadline'
import type { NewTask } from './write'

/**
 * The date and rhythm a task's 时限 gives, read as the import reads it (12月底前, 每月26日前,
 * 长期坚持); a date typed beside it wins, and none may fall before the campaign's start.
 */
export function dueOf(campaign: Campaign, dueText: string, typed: string | null): Pick<NewTask, 'dueText' | 'deadline' | 'recurring'> {
  const r = readDueCell(dueText, campaign.year)
  if (r.problem !== undefined && typed === null) throw new AppError('VALIDATION', `时限「${r.dueText}」有误：${r.problem}`, 'dueText')
  const deadline = typed ?? r.deadline
  if (deadline !== null && deadline < campaign.startDate) {
    throw new AppError('VALIDATION', `完成时限 ${deadline} 早于专项行动开始日期 ${campaign.startDate}`, typed !== null ? 'deadline' : 'dueText')
  }
  return { dueText: r.dueText, deadline, recurring: typed !== null ? null : r.recurring }
}
