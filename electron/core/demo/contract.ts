import type { DemoLoadArgs, DemoPlace, DemoResult } from './schema'

export interface DemoContract {
  /** Fills an empty data file with a reproducible example ledger (the CLI's `demo`, benchmarks, tests). */
  'demo/load': { args: DemoLoadArgs; result: DemoResult }
  /** Whether the demo folder is open (every screen then says so). */
  'demo/place': { args: Record<string, never>; result: DemoPlace }
  /** 载入示例数据: opens the demo folder (filled with example data), leaving the office's data untouched. */
  'demo/enter': { args: Record<string, never>; result: DemoPlace }
  /** 退出示例: opens the office's own data again. */
  'demo/leave': { args: Record<string, never>; result: DemoPlace }
}
