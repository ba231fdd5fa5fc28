import { z } from 'zod'
import { isoDate, requiredText } from '../../validation'
import { dateText, defineKind, docNumber, numbered, numberedTag, paragraphs } from './fields'

const schema = z.strictObject({
  number: docNumber(),
  recipient: requiredText('受函单位', 100),
  facts: paragraphs('存在的问题'),
  risks: paragraphs('风险提示'),
  requirements: paragraphs('整改要求'),
  deadline: isoDate('落实期限'),
  date: isoDate('成文日期'),
})

/** 消防安全警示函 (预警): a unit is told what is wrong, what it risks, and what to do by when. */
export const warningLetter = defineKind({
  code: 'warning_letter',
  name: '消防安全警示函',
  format: 'letter',
  schema,
  tags: [
    { name: 'number', label: '文号', type: 'text' },
    { name: 'recipient', label: '受函单位', type: 'text' },
    { name: 'facts', label: '存在的问题（每段一项）', type: 'paras' },
    { name: 'risks', label: '风险提示（每段一项）', type: 'paras' },
    numberedTag('requirements', '整改要求'),
    { name: 'deadline', label: '落实期限', type: 'text' },
    { name: 'date', label: '成文日期', type: 'text' },
  ],
  fixture: {
    number: '柳市消安委办函〔2024〕7号',
    recipient: '柳市镇宏盛电器厂',
    facts: [
      '2024年3月8日夜查中，我办发现你单位生产车间与员工宿舍设置在同一建筑内，未采取防火分隔措施；车间内电动自行车集中停放充电，电气线路私拉乱接；厂区消防车通道被成品货物占用。',
      '上述问题已于2024年2月22日书面责令你单位限期整改（柳市消安委办〔2024〕9号），至今仍未整改到位。',
    ],
    risks: [
      '你单位车间内存放大量塑料外壳、包装纸箱等可燃物，员工夜间在同一建筑内住宿，一旦发生火灾，极易造成群死群伤。',
    ],
    requirements: [
      '立即停止在生产车间所在建筑内住人，将员工安排至符合消防安全要求的宿舍。',
      '清理车间内停放的电动自行车，在室外设置集中充电场所，拆除私拉乱接的电气线路。',
      '清空消防车通道，划线标识并落实专人管理。',
      '组织全体员工开展一次消防安全培训和疏散演练。',
    ],
    deadline: '2024-03-22',
    date: '2024-03-11',
  },
  view: (d) => ({
    number: d.number,
    recipient: d.recipient,
    facts: d.facts,
    risks: d.risks,
    requirements: numbered(d.requirements),
    deadline: dateText(d.deadline),
    date: dateText(d.date),
  }),
})
