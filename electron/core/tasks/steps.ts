import type { z } from 'zod'
import { stamp } from '../audit'
import { inTx, type Ctx } from '../context'
import { AppError } from '../errors'
import { laggingUnits } from './dashboard'
import type { taskStepSchema, UnitLagging } from './schema'

/**
 * Records a rung of the ladder taken about a unit's overdue tasks: the 函告 issued, the 工作约谈
 * held, or the 通报 that named it. The document or interview itself is made by the existing
 * documents and interviews handlers; this links it to the tasks, so the next rung is proposed.
 */
export function recordTaskStep(ctx: Ctx, input: z.output<typeof taskStepSchema>): UnitLagging[] {
  return inTx(ctx, () => {
    if (input.documentId === undefined && input.interviewId === undefined) throw new AppError('VALIDATION', '请选择文书或约谈', 'documentId')
    if (input.documentId !== undefined && ctx.db.prepare("SELECT 1 FROM documents WHERE id = ? AND status = 'issued'").get(input.documentId) === undefined) {
      throw new AppError('NOT_FOUND', '文书不存在或已作废', 'documentId')
    }
    if (input.interviewId !== undefined && ctx.db.prepare('SELECT 1 FROM interviews WHERE id = ? AND voided_at IS NULL').get(input.interviewId) === undefined) {
      throw new AppError('NOT_FOUND', '约谈不存在或已作废', 'interviewId')
    }
    const { at, by } = stamp(ctx)
    const ins = ctx.db.prepare(
      'INSERT INTO task_escalations (id, task_id, unit_id, rung, document_id, interview_id, date, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    for (const taskId of input.taskIds) {
      if (ctx.db.prepare("SELECT 1 FROM tasks WHERE id = ? AND status = 'open'").get(taskId) === undefined) throw new AppError('NOT_FOUND', '任务不存在或已销号', 'taskIds')
      ins.run(ctx.newId(), taskId, input.unitId, input.rung, input.documentId ?? null, input.interviewId ?? null, input.date, at, by)
    }
    return laggingUnits(ctx.db, ctx.clock.today(), null)
  })
}
