import type { Ctx } from '../context'
import type { JobProgress } from '../worker/control'
import type { ReportProgress, ReportStage } from './schema'

/** The stages of making each kind of report file, in order: what `reports/progress` counts. */
const STAGES: Record<ReportProgress['kind'], readonly ReportStage[]> = { docx: ['figures', 'charts', 'write'], xlsx: ['figures', 'write'] }

/** Said by the code making a report file as it begins each stage. */
export type ReportStep = (stage: ReportStage) => void

export const unwatched: ReportStep = () => {}

/** The job's side: a stage begun is told as the count of stages before it, which a worker message carries. */
export const stepsOf =
  (kind: ReportProgress['kind'], progress: (done: number, total: number) => void): ReportStep =>
  (stage) =>
    progress(STAGES[kind].indexOf(stage), STAGES[kind].length)

/** The caller's side: passed on to the window as `reports/progress`, named again by its stage. */
export const toldReport =
  (ctx: Ctx, kind: ReportProgress['kind']) =>
  (p: JobProgress): void => {
    const stage = STAGES[kind][p.done]
    if (stage) ctx.emit('reports/progress', { kind, stage, ...p } satisfies ReportProgress)
  }
