import type { AuditAction, AuditEntity } from '../core/auditlog/codes'

/*
 * The 操作日志's words, one table for the page and the printed log (the renderer may not take values
 * from the core): one name per code the core writes (the type check fails on a code without one),
 * and those of older versions' entries.
 */
const ENTITIES: Record<AuditEntity, string> = {
  area: '村(社区)',
  subject: '监管对象',
  case: '隐患',
  caseCategory: '隐患类别',
  inspection: '检查记录',
  document: '文书',
  documentDraft: '文书草稿',
  documentBatch: '批量文书',
  template: '文书模板',
  interview: '约谈',
  supervision: '督办',
  escalation: '升级处理',
  operator: '操作员',
  settings: '设置',
  importBatch: '数据导入',
  backup: '备份',
  demo: '示例数据',
  app: '程序',
  campaign: '专项行动',
  fire_incident: '火灾事故',
  inspector: '检查人员',
  report_rhythm: '报送事项',
  report_submission: '报送',
  responsible_unit: '责任单位',
  revisit: '回头看',
  revisit_item: '回头看对象',
  score_visit: '实地评分',
  subjectKind: '场所类别',
  task: '任务',
}

const ACTION_NAMES = {
  create: '新增',
  update: '修改',
  void: '作废',
  register: '登记',
  notice: '下发整改通知',
  issueNotice: '下发整改通知',
  startRectify: '开始整改',
  requestRecheck: '申请复查',
  recheckPassed: '复查合格',
  recheckFailed: '复查不合格',
  close: '销号',
  issue: '签发文书',
  draft: '起草',
  review: '审核通过',
  return: '退回修改',
  sign: '签发',
  deliver: '登记送达',
  reprint: '重新生成',
  replace: '更换',
  import: '导入',
  restore: '恢复',
  cleanLeftovers: '清理未完成的备份',
  signIn: '当班',
  attach: '添加附件',
  voidAttachment: '作废附件',
  loadDemo: '载入示例数据',
  start: '启动',
  startBatch: '开始批量',
  finishBatch: '完成批量',
  interviewPlanned: '安排约谈',
  interviewHeld: '约谈',
  interviewVoided: '作废约谈',
  recordMinutes: '记录笔录',
  addCommitment: '登记承诺',
  closeCommitment: '承诺完成',
  supervise: '挂牌督办',
  supervisionReport: '督办报告',
  supervisionVoided: '作废督办',
  lift: '解除督办',
  liftSupervision: '解除督办',
  addReport: '登记报告',
  circular: '通报',
  extend: '延期',
  warning: '预警（警示函）',
  letter: '函告',
  attachNotice: '上传通知原件',
  chase: '催报',
  importTasks: '导入任务清单',
  interruptBatch: '批量中断',
  issueMinutes: '出具约谈笔录',
  progress: '登记进展',
  recolor: '调整风险分类',
  record: '登记结果',
  saveItems: '保存评分项',
  setTargets: '设定评分对象',
  tagCampaign: '标记专项行动',
}
/** Older versions' codes (register, notice, interviewHeld …) stay named beside today's. */
const ACTIONS: Record<AuditAction, string> = ACTION_NAMES

/** The Chinese name of an action or a kind of record; a code no version wrote is shown as it is. */
export const actionLabel = (code: string): string => (ACTIONS as Record<string, string>)[code] ?? code
export const entityLabel = (code: string): string => (ENTITIES as Record<string, string>)[code] ?? code

const READABLE = ['number', 'title', 'name', 'unitName', 'recipient', 'place', 'content', 'reason', 'note', 'fileName'] as const

/** What a person reads first in an entry: its 文号, title, name, who or why; codes and ids are technical. */
export function readableOf(data: unknown): string {
  if (data === null || typeof data !== 'object') return ''
  const d = data as Record<string, unknown>
  return READABLE.flatMap((k) => (typeof d[k] === 'string' && d[k] !== '' ? [d[k]] : [])).join('　')
}

/** The entry's 内容: what it names, else how many settings or fields it changed. */
function summaryOf(data: unknown): string {
  const readable = readableOf(data)
  if (readable !== '' || data === null || typeof data !== 'object') return readable
  const d = data as Record<string, unknown>
  const changed = Object.keys(d).filter((k) => typeof d[k] === 'object' && d[k] !== null && 'to' in (d[k] as object))
  return changed.length > 0 ? `修改了 ${changed.length} 项` : ''
}

/** The 内容 a person reads: the record it is about (a case step records only the case's id), then what it names or changed. */
export function contentOf(entry: { recordName: string; data: unknown }): string {
  const summary = summaryOf(entry.data)
  if (entry.recordName === '' || summary.includes(entry.recordName)) return summary
  return summary === '' ? entry.recordName : `${entry.recordName}　${summary}`
}
