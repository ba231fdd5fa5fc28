import type { HandlerDef } from '../registry'
import { templateHandlers } from '../templates/handlers'
import { documentHandlers } from './register/handlers'

/** The handlers of official documents (the register and the templates), joined into the core by electron/core/handlers.ts. */
export const officialDocumentHandlers: readonly HandlerDef[] = [...documentHandlers, ...templateHandlers]
