import { circularHandlers } from '../../circulars/handlers'
import { interviewHandlers } from '../../interviews/handlers'
import type { HandlerDef } from '../../registry'
import { supervisionHandlers } from '../../supervisions/handlers'
import { escalationHandlers } from '../handlers'

/** The handlers of escalation, joined into the core by electron/core/handlers.ts. */
export const escalationWorkHandlers: readonly HandlerDef[] = [...escalationHandlers, ...interviewHandlers, ...supervisionHandlers, ...circularHandlers]
