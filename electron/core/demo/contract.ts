import type { DemoLoadArgs, DemoResult } from './schema'

export interface DemoContract {
  /** Fills an empty data file with a reproducible example ledger (the first-run "载入示例数据"). */
  'demo/load': { args: DemoLoadArgs; result: DemoResult }
}
