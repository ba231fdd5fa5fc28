import { z } from 'zod'
import { isoDate, oneOf, requiredText } from '../../validation'
import { dateText, defineKind, docNumber, paragraphs } from './fields'

const outcomes = { passed: '已整改', failed: '未整改到位' } as const

const result = z.strictObject({
  /** the case this result is about, when the opinion covers several */
  caseId: z.string().max(64).optional(),
  description: requiredText('隐患描述', 2000),
  finding: requiredText('复查情况', 500),
  outcome: oneOf('复查结论', ['passed', 'failed']),
})

const schema = z.strictObject({
  number: docNumber(),
  subjectName: requiredText('被复查单位（场所）', 100),
  noticeNumber: requiredText('原整改通知书文号', 60),
  recheckDate: isoDate('复查日期'),
  inspectors: requiredText('复查人员', 100),
  results: z.array(result, { error: '请填写复查情况' }).min(1, '复查意见书须有复查结果，请至少填写一项复查情况').max(100, '复查情况不能超过100项'),
  /** the new deadline of what is not fixed; the register writes it into the conclusion */
  newDeadline: isoDate('新的整改期限').optional(),
  /** written by the register from the results at issue (see register/rows.ts) */
  conclusion: paragraphs('复查意见').optional(),
  date: isoDate('成文日期'),
})

/** 复查意见书: each hazard of the notice, what the recheck found, and the conclusion. */
export const recheckOpinion = defineKind({
  code: 'recheck_opinion',
  name: '复查意见书',
  format: 'form',
  schema,
  tags: [
    { name: 'number', label: '文号', type: 'text' },
    { name: 'subjectName', label: '被复查单位（场所）名称', type: 'text' },
    { name: 'noticeNumber', label: '原整改通知书文号', type: 'text' },
    { name: 'recheckDate', label: '复查日期', type: 'text' },
    { name: 'inspectors', label: '复查人员', type: 'text' },
    {
      name: 'results',
      label: '复查情况（表格行：第一格写 {#results}，最后一格写 {/results}）',
      type: 'rows',
      columns: [
        { name: 'index', label: '序号', type: 'text' },
        { name: 'description', label: '隐患', type: 'text' },
        { name: 'finding', label: '复查情况', type: 'text' },
        { name: 'outcome', label: '结论（已整改／未整改到位）', type: 'text' },
      ],
    },
    { name: 'conclusion', label: '复查意见（每段一项）', type: 'paras' },
    { name: 'date', label: '成文日期', type: 'text' },
  ],
  fixture: {
    number: '柳市消安委办复〔2024〕5号',
    subjectName: '柳市镇好运来小吃店',
    noticeNumber: '柳市消安委办〔2024〕12号',
    recheckDate: '2024-03-21',
    inspectors: '王建国、李明',
    results: [
      { description: '后门安全出口被纸箱、桌椅堵塞', finding: '杂物已清理，安全出口畅通', outcome: 'passed' },
      { description: '二层阁楼住宿员工3人，未进行防火分隔', finding: '阁楼仍有2人住宿，分隔墙尚未砌筑', outcome: 'failed' },
      { description: '厨房电气线路私拉乱接', finding: '线路已重新敷设并穿管保护', outcome: 'passed' },
      { description: '2具灭火器压力不足、超过维修期限', finding: '已更换新灭火器2具，设置检查记录卡', outcome: 'passed' },
    ],
    conclusion: [
      '经复查，你单位4处隐患中已整改3处，尚有1处未整改到位。',
      '请于2024年4月5日前完成阁楼防火分隔或停止住人，整改期间落实夜间值守措施。逾期仍未整改的，我办将依法依规予以函告、约谈，并通报所在社区。',
    ],
    date: '2024-03-21',
  },
  view: (d) => ({
    number: d.number,
    subjectName: d.subjectName,
    noticeNumber: d.noticeNumber,
    recheckDate: dateText(d.recheckDate),
    inspectors: d.inspectors,
    results: d.results.map((r, i) => ({ index: String(i + 1), description: r.description, finding: r.finding, outcome: outcomes[r.outcome] })),
    conclusion: d.conclusion ?? [],
    date: dateText(d.date),
  }),
})
