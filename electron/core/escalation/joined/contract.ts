import type { CircularsContract } from '../../circulars/contract'
import type { InterviewsContract } from '../../interviews/contract'
import type { SupervisionsContract } from '../../supervisions/contract'
import type { EscalationContract } from '../contract'

/** Every handler of escalation: the ladder and its letters, interviews, supervisions, circulars. */
export type EscalationWorkContract = EscalationContract & InterviewsContract & SupervisionsContract & CircularsContract
