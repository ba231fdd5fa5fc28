import type { StartupReport } from './schema'

export interface HealthContract {
  'app/startup': { args: Record<string, never>; result: StartupReport }
}
