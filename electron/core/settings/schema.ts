import { z } from 'zod'
import { limitsDefaults, limitsShape } from '../safety/schema'
import { flag, requiredText, text, withDefaults } from '../validation'

/**
 * A 文号 pattern (OFFICIAL-FORMAT.md): 代字 + 〔{年}〕 + {n} + 号, e.g. 柳市消安委办函〔{年}〕{n}号.
 * The issued file is named by its 文号, so the 代字 may hold no character a file name cannot.
 */
const numberPattern = (label: string) =>
  requiredText(label, 40)
    .refine((s) => !/[\\/:*?"<>|]/.test(s), `${label}的代字不能含有 \\ / : * ? " < > | 这些符号（文件名不能使用）`)
    .regex(/^[^〔〕[\]()（）{}｛｝]+〔\{年\}〕\{n\}号$/, `${label}应写成“代字〔{年}〕{n}号”，如“××消安委办〔{年}〕{n}号”`)

/** Days overdue at which a rung of the escalation ladder is proposed (1 = the first day overdue). */
const ladderDays = (label: string) =>
  z.number({ error: `${label}必须是数字` }).int(`${label}必须是整数`).min(1, `${label}至少为1`).max(3650, `${label}不能超过3650`)

/** A weight of the ranking (评分/排名): parts weigh in proportion, 0 leaves a part out. */
const rankingWeight = (label: string) =>
  z.number({ error: `${label}必须是数字` }).int(`${label}必须是整数`).min(0, `${label}不能为负数`).max(100, `${label}不能超过100`)

/**
 * The office's settings. Every key has a default so a new data file works at once; each key is
 * stored as its own row so that adding keys later needs no migration.
 */
export const settingsShape = {
  operatorName: requiredText('经办人姓名', 20),
  officeName: requiredText('发文机关全称', 60),
  officeShortName: requiredText('发文机关简称', 20),
  // 发文机关标志: the red heading of a 文件-style document, e.g. 柳市镇消防安全委员会办公室文件.
  officeMark: text('发文机关标志', 40),
  // Set once the first-run setup is finished; until then the app opens on the setup page.
  setupDone: flag('初次设置已完成'),
  // A small office lets one person draft, check and sign (签发) a document in one step.
  signOffByOnePerson: flag('一人办理经办、审核、签发'),
  townName: requiredText('镇（街道）名称', 20),
  contactPerson: text('联系人', 20),
  contactPhone: text('联系电话', 30),
  autoBackupKeep: z.number({ error: '自动备份保留份数必须是数字' }).int('自动备份保留份数必须是整数').min(1, '自动备份至少保留1份').max(365, '自动备份最多保留365份'),
  // 文号 of each kind of document; kinds with the same 代字 share one sequence per year.
  docNumberRectificationNotice: numberPattern('整改通知书文号'),
  docNumberRecheckOpinion: numberPattern('复查意见书文号'),
  docNumberWarningLetter: numberPattern('警示函文号'),
  docNumberNoticeLetter: numberPattern('函告文号'),
  docNumberInterviewNotice: numberPattern('约谈通知书文号'),
  docNumberSupervisionNotice: numberPattern('督办通知书文号'),
  docNumberCircular: numberPattern('工作通报文号'),
  docNumberQuarterlyReport: numberPattern('季度汇总文号'),
  docCopyTo: text('默认抄送机关', 200),
  docPrintedBy: text('印发机关', 60),
  // 加盖印章: 署名 centred over the date, the date 右空四字; without: 署名 右空二字 (GB/T 9704 7.3.5)
  docSealed: z.boolean({ error: '是否加盖印章必须是“是”或“否”' }),
  // The escalation ladder (预警 → 函告 → 约谈 → 督办 → 通报): days overdue at which each step is proposed.
  warningAfterDays: ladderDays('逾期多少天发警示函（预警）'),
  letterAfterDays: ladderDays('逾期多少天函告'),
  interviewAfterDays: ladderDays('逾期多少天约谈'),
  majorSupervisionAfterDays: ladderDays('重大火灾隐患逾期多少天挂牌督办'),
  supervisionAfterDays: ladderDays('一般隐患约谈后逾期多少天挂牌督办'),
  circularAfterDays: ladderDays('逾期多少天列入通报'),
  ...limitsShape,
  // The ranking of villages and departments: the weight of each part, and the open hazards at which the hazard part is 0.
  rankingWeightVisits: rankingWeight('排名权重：实地评分'),
  rankingWeightTasks: rankingWeight('排名权重：任务按时'),
  rankingWeightReports: rankingWeight('排名权重：报送按时'),
  rankingWeightHazards: rankingWeight('排名权重：未销号隐患'),
  rankingHazardCap: z.number({ error: '隐患分归零的隐患数必须是数字' }).int('隐患分归零的隐患数必须是整数').min(1, '隐患分归零的隐患数至少为1').max(10000, '隐患分归零的隐患数不能超过10000'),
}

export const settingsDefaults: z.output<z.ZodObject<typeof settingsShape>> = {
  operatorName: '管理员',
  officeName: '柳市镇消防安全委员会办公室',
  officeShortName: '柳市镇消安委办',
  officeMark: '',
  setupDone: false,
  signOffByOnePerson: true,
  townName: '柳市镇',
  contactPerson: '',
  contactPhone: '',
  autoBackupKeep: 14,
  docNumberRectificationNotice: '柳市消安委办整改〔{年}〕{n}号',
  docNumberRecheckOpinion: '柳市消安委办复〔{年}〕{n}号',
  docNumberWarningLetter: '柳市消安委办函〔{年}〕{n}号',
  docNumberNoticeLetter: '柳市消安委办函〔{年}〕{n}号',
  docNumberInterviewNotice: '柳市消安委办约〔{年}〕{n}号',
  docNumberSupervisionNotice: '柳市消安委办〔{年}〕{n}号',
  docNumberCircular: '柳市消安委办〔{年}〕{n}号',
  docNumberQuarterlyReport: '柳市消安委办〔{年}〕{n}号',
  docCopyTo: '',
  docPrintedBy: '',
  docSealed: true,
  warningAfterDays: 1,
  letterAfterDays: 15,
  interviewAfterDays: 30,
  majorSupervisionAfterDays: 1,
  supervisionAfterDays: 60,
  circularAfterDays: 30,
  ...limitsDefaults,
  rankingWeightVisits: 40,
  rankingWeightTasks: 20,
  rankingWeightReports: 20,
  rankingWeightHazards: 20,
  rankingHazardCap: 10,
}

export const settingsSchema = z.strictObject(withDefaults(settingsShape, settingsDefaults))
export const settingsUpdateSchema = z.strictObject(settingsShape).partial()

export type Settings = z.output<typeof settingsSchema>
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>

/** Where the office stands with its first-run setup. */
export interface SetupState {
  /** The setup page opens at start. */
  needed: boolean
  /** Live villages and operators: none yet means the pages that need them say so. */
  areas: number
  operators: number
}
