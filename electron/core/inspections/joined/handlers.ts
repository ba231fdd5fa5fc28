import { dossierHandlers } from '../../dossier/handlers'
import { inspectorHandlers } from '../../inspectors/handlers'
import type { HandlerDef } from '../../registry'
import { revisitHandlers } from '../../revisits/handlers'
import { inspectionHandlers } from '../handlers'

/** The handlers of field work, joined into the core by electron/core/handlers.ts. */
export const inspectionWorkHandlers: readonly HandlerDef[] = [...inspectorHandlers, ...inspectionHandlers, ...revisitHandlers, ...dossierHandlers]
