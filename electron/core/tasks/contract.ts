import type { IssuedDocument } from '../documents/register/types'
import type { Interview } from '../interviews/schema'
import type { TaskImportArgs, TaskImportPreview, TaskImportReport } from './import/schema'
import type {
  LateTask,
  PeriodChoice,
  Task,
  TaskClose,
  TaskCreate,
  TaskDashboard,
  TaskDashboardArgs,
  TaskExportArgs,
  TaskExportFile,
  TaskInterviewArgs,
  TaskLaggingArgs,
  TaskLetterArgs,
  TaskLetterDraft,
  TaskListArgs,
  TaskProgressArgs,
  TaskStepArgs,
  TaskUpdate,
  TaskVoid,
  UnitLagging,
} from './schema'

/** 任务清单: the tasks of a campaign, per-unit progress, 销号, the import and the outputs. */
export interface TasksContract {
  'tasks/list': { args: TaskListArgs; result: Task[] }
  'tasks/get': { args: { id: string }; result: Task }
  'tasks/periods': { args: { id: string }; result: PeriodChoice[] }
  'tasks/create': { args: TaskCreate; result: Task }
  'tasks/update': { args: TaskUpdate; result: Task }
  'tasks/progress': { args: TaskProgressArgs; result: Task }
  'tasks/close': { args: TaskClose; result: Task }
  'tasks/void': { args: TaskVoid; result: Task }
  'tasks/dashboard': { args: TaskDashboardArgs; result: TaskDashboard }
  'tasks/lagging': { args: TaskLaggingArgs; result: UnitLagging[] }
  /** The overdue tasks nobody owes (未指定责任单位), which no lagging unit lists. */
  'tasks/unowned': { args: TaskLaggingArgs; result: LateTask[] }
  'tasks/recordStep': { args: TaskStepArgs; result: UnitLagging[] }
  'tasks/letterDraft': { args: { unitId: string }; result: TaskLetterDraft }
  'tasks/issueLetter': { args: TaskLetterArgs; result: { document: IssuedDocument; lagging: UnitLagging[] } }
  'tasks/planInterview': { args: TaskInterviewArgs; result: Interview }
  'tasks/importPreview': { args: TaskImportArgs; result: TaskImportPreview }
  'tasks/importCommit': { args: TaskImportArgs; result: TaskImportReport }
  'tasks/export': { args: TaskExportArgs; result: TaskExportFile }
}
