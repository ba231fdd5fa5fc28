import type { CaseSeverity, CaseSource } from '../../cases/schema'
import type { RiskColor } from '../../subjects/schema'
import { matchKey } from './text'

/*
 * The words ledgers use for coded values. Each reader answers the code, or null when the word is
 * not known (the caller decides between a default with a warning and an error).
 */

const lookup = <T>(table: readonly (readonly [RegExp, T])[], cell: string): T | null => {
  const key = matchKey(cell)
  for (const [pattern, value] of table) if (pattern.test(key)) return value
  return null
}

const SEVERITY: readonly (readonly [RegExp, CaseSeverity])[] = [
  [/^(重大|重大隐患|重大火灾隐患|是)$/, 'major'],
  [/^(一般|一般隐患|一般火灾隐患|普通|否|较大|较大隐患)$/, 'general'],
]
export const readSeverity = (cell: string): CaseSeverity | null => lookup(SEVERITY, cell)

const SOURCE: readonly (readonly [RegExp, CaseSource])[] = [
  [/^(日常|日常检查|日常巡查|日常排查|巡查|检查|排查|监督检查|网格巡查)$/, 'routine'],
  [/^(专项|专项检查|专项行动|专项整治|专项排查)$/, 'special'],
  [/^(联合|联合执法|联合检查|联合整治|部门联合检查)$/, 'joint'],
  [/^(夜查|夜间检查|夜间巡查)$/, 'night'],
  [/^(举报|群众举报|投诉|群众投诉|吹哨人|群众举报\(吹哨人\)|12345|热线)$/, 'report'],
  [/^(交办|上级交办|上级转办|转办|督办交办)$/, 'assigned'],
  [/^(媒体|媒体曝光|曝光|舆情)$/, 'media'],
]
export const readSource = (cell: string): CaseSource | null => lookup(SOURCE, cell)

const RISK: readonly (readonly [RegExp, RiskColor])[] = [
  [/^(红|红色|red)$/, 'red'],
  [/^(黄|黄色|yellow)$/, 'yellow'],
  [/^(灰|灰色|grey|gray)$/, 'grey'],
  [/^(绿|绿色|green)$/, 'green'],
]
export const readRiskColor = (cell: string): RiskColor | null => lookup(RISK, cell)

const FLAG: readonly (readonly [RegExp, boolean])[] = [
  [/^(是|√|✓|y|yes|1|重点|重点单位)$/, true],
  [/^(否|×|✗|n|no|0|非重点|一般)$/, false],
]
export const readFlag = (cell: string): boolean | null => lookup(FLAG, cell)

/** Where a ledger says a hazard stands. 'voided' rows are not brought in. */
export type OutcomeWord = 'registered' | 'noticed' | 'rectifying' | 'awaiting_recheck' | 'recheck_passed' | 'closed' | 'voided'

/**
 * Exact status names first (FireDesk's own export round-trips), then the words of hand-kept
 * ledgers. Order matters: 「未整改」 must be read before 「整改」, 「复查合格待销号」 before 「合格」.
 */
const OUTCOME: readonly (readonly [RegExp, OutcomeWord])[] = [
  [/^已登记$/, 'registered'],
  [/^(已下发整改通知|已下发通知|已下发|已通知|已发整改通知)$/, 'noticed'],
  [/^(复查合格待销号|复查合格未销号|待销号)$/, 'recheck_passed'],
  [/^(待复查|申请复查|已申请复查|提请复查|已整改待复查|已整改未复查|已整改未销号)$/, 'awaiting_recheck'],
  [/^(已作废|作废)$/, 'voided'],
  [/(未整改|未完成|未落实|未销号|未整治|不整改|拒不整改|逾期)|^(否|未|无)$/, 'registered'],
  [/(整改中|正在整改|部分整改|推进中|进行中|未完全整改)/, 'rectifying'],
  [/(销号|已整改|整改完毕|整改完成|已完成|完成|已落实|已复查|合格|闭环|办结|已处理)|^(是|已改)$/, 'closed'],
]
export const readOutcome = (cell: string): OutcomeWord | null => lookup(OUTCOME, cell)
