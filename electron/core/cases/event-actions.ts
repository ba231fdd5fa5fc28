/**
 * The steps other work writes on a case's timeline, named here beside the case so that the case's
 * schema does not import the escalation and 回头看 schemas that build on it.
 */

/**
 * The escalation steps a case's timeline records: they leave the case's status as it is and
 * name the document, interview or supervision they went with.
 */
export type EscalationEventAction =
  | 'warningLetter'
  | 'noticeLetter'
  | 'circular'
  | 'interviewPlanned'
  | 'interviewNotice'
  | 'interviewHeld'
  | 'interviewMinutes'
  | 'interviewVoided'
  | 'supervise'
  | 'supervisionNotice'
  | 'supervisionReport'
  | 'liftSupervision'
  | 'supervisionVoided'

/** The steps a 回头看 writes on a case's timeline: on the closed case, and on the case a relapse opened. */
export type RevisitEventAction = 'revisitKept' | 'revisitRelapsed' | 'relapseOf'
