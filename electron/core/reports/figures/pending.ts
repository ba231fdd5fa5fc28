import type { Unavailable } from '../schema'

/*
 * Figures of DOMAIN.md that this data file cannot give. The report lists them with the reason
 * rather than printing a 0 that nobody counted.
 */

/** Registers that do not exist in FireDesk yet. */
const notYetKept: readonly Unavailable[] = [
  { key: 'supervised', label: '挂牌督办隐患', reason: '本系统尚未建立挂牌督办登记，本项暂不统计。' },
  { key: 'interviews', label: '约谈（按约谈类别）', reason: '本系统尚未建立约谈登记，本项暂不统计。' },
  { key: 'campaignTasks', label: '专项行动任务完成情况', reason: '本系统不登记专项行动任务清单，本项不统计。' },
]

const noDocumentRegister: Unavailable = { key: 'documents', label: '发文（按文书种类）', reason: '本数据文件尚无发文登记，本项暂不统计。' }

export function unavailableFigures(hasDocumentRegister: boolean): Unavailable[] {
  return hasDocumentRegister ? [...notYetKept] : [noDocumentRegister, ...notYetKept]
}
