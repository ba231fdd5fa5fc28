/**
 * Every verb of the CLI (the help lists them by name). A verb lives in its own file and exports
 * `<name>Verb`; adding one is one line here.
 */
export { initVerb } from './init'
export { checkVerb } from './check'
export { callVerb } from './call'
export { demoVerb } from './demo'
export { importVerb } from './import'
export { reportVerb } from './report'
export { backupVerb } from './backup'
export { restoreVerb } from './restore'
export { tasksVerb } from './tasks'
