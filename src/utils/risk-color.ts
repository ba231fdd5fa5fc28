import type { RiskColor } from '../../electron/core/subjects/schema'
import { keysOf } from './keys-of'

/** 绿灰黄红 分类管理: the order the office reads them in, and how each tag is painted. */
export const riskColorOrder = keysOf<RiskColor>({ green: true, grey: true, yellow: true, red: true })

export const riskColorStyle: Record<RiskColor, { color: string; textColor: string }> = {
  green: { color: '#e3f5ea', textColor: '#1a7f45' },
  grey: { color: '#ececec', textColor: '#555555' },
  yellow: { color: '#fdf2d0', textColor: '#9a6700' },
  red: { color: '#fde2e1', textColor: '#c4281c' },
}
