import { handler } from '../registry'
import { laggingUnits, taskDashboard, unownedOverdue } from './dashboard'
import { issueLetter, letterDraft, planInterview } from './ladder'
import { exportTasks } from './output/export'
import { taskImportSchema } from './import/schema'
import { commitTaskImport, previewTaskImport } from './import/service'
import {
  taskCloseSchema,
  taskCreateSchema,
  taskDashboardSchema,
  taskExportSchema,
  taskGetSchema,
  taskInterviewSchema,
  taskLaggingSchema,
  taskLetterSchema,
  taskListSchema,
  taskProgressSchema,
  taskStepSchema,
  taskUnitSchema,
  taskUpdateSchema,
  taskVoidSchema,
} from './schema'
import { campaignTasks, closeTask, getTask, recordProgress, taskPeriods, updateTask, voidTask } from './service'
import { recordTaskStep } from './steps'
import { createTask } from './create'

export const taskHandlers = [
  handler('tasks/list', taskListSchema, (args, ctx) => campaignTasks(ctx, args)),
  handler('tasks/get', taskGetSchema, (args, ctx) => getTask(ctx, args.id)),
  handler('tasks/periods', taskGetSchema, (args, ctx) => taskPeriods(ctx, args.id)),
  handler('tasks/create', taskCreateSchema, (args, ctx) => createTask(ctx, args)),
  handler('tasks/update', taskUpdateSchema, (args, ctx) => updateTask(ctx, args)),
  handler('tasks/progress', taskProgressSchema, (args, ctx) => recordProgress(ctx, args)),
  handler('tasks/close', taskCloseSchema, (args, ctx) => closeTask(ctx, args)),
  handler('tasks/void', taskVoidSchema, (args, ctx) => voidTask(ctx, args)),
  handler('tasks/dashboard', taskDashboardSchema, (args, ctx) => taskDashboard(ctx.db, ctx.clock.today(), args.days)),
  handler('tasks/lagging', taskLaggingSchema, (args, ctx) => laggingUnits(ctx.db, ctx.clock.today(), args.campaignId ?? null)),
  handler('tasks/unowned', taskLaggingSchema, (args, ctx) => unownedOverdue(ctx.db, ctx.clock.today(), args.campaignId ?? null)),
  handler('tasks/recordStep', taskStepSchema, (args, ctx) => recordTaskStep(ctx, args)),
  handler('tasks/letterDraft', taskUnitSchema, (args, ctx) => letterDraft(ctx, args.unitId)),
  handler('tasks/issueLetter', taskLetterSchema, (args, ctx) => issueLetter(ctx, args)),
  handler('tasks/planInterview', taskInterviewSchema, (args, ctx) => planInterview(ctx, args)),
  handler('tasks/importPreview', taskImportSchema, (args, ctx) => previewTaskImport(ctx, args)),
  handler('tasks/importCommit', taskImportSchema, (args, ctx) => commitTaskImport(ctx, args)),
  handler('tasks/export', taskExportSchema, (args, ctx) => exportTasks(ctx, args)),
]
