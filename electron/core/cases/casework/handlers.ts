import { attachmentHandlers } from '../../attachments/handlers'
import { caseCategoryHandlers } from '../../categories/handlers'
import { dashboardHandlers } from '../../dashboard/handlers'
import { demoHandlers } from '../../demo/handlers'
import type { HandlerDef } from '../../registry'
import { searchHandlers } from '../../search/handlers'
import { caseHandlers } from '../handlers'

/** The handlers of hazard casework, joined into the core by electron/core/handlers.ts. */
export const caseworkHandlers: readonly HandlerDef[] = [
  ...caseHandlers,
  ...caseCategoryHandlers,
  ...attachmentHandlers,
  ...dashboardHandlers,
  ...searchHandlers,
  ...demoHandlers,
]
