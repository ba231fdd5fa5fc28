import { z } from 'zod'
import { isoDate, requiredText } from '../../validation'
import { copyTo, copyToTags, copyToView, dateText, defineKind, docNumber, numbered, numberedTag, paragraphs } from './fields'

const schema = z.strictObject({
  number: docNumber(),
  title: requiredText('标题', 100),
  recipient: requiredText('主送机关', 100),
  subjectName: requiredText('督办单位（场所）', 100),
  hazards: paragraphs('隐患情况'),
  requirements: paragraphs('督办要求'),
  supervisionDeadline: isoDate('督办期限'),
  reporting: paragraphs('报告要求'),
  copyTo: copyTo(),
  date: isoDate('成文日期'),
})

/** 督办通知书 (挂牌督办): the office takes a major hazard under formal supervision. */
export const supervisionNotice = defineKind({
  code: 'supervision_notice',
  name: '督办通知书',
  format: 'file',
  schema,
  tags: [
    { name: 'number', label: '文号', type: 'text' },
    { name: 'title', label: '标题（如“关于对……挂牌督办的通知”）', type: 'text' },
    { name: 'recipient', label: '主送机关', type: 'text' },
    { name: 'subjectName', label: '督办单位（场所）', type: 'text' },
    { name: 'hazards', label: '隐患情况（每段一项）', type: 'paras' },
    numberedTag('requirements', '督办要求'),
    { name: 'supervisionDeadline', label: '督办期限', type: 'text' },
    { name: 'reporting', label: '报告要求（每段一项）', type: 'paras' },
    ...copyToTags,
    { name: 'date', label: '成文日期', type: 'text' },
  ],
  fixture: {
    number: '柳市消安委办〔2024〕15号',
    title: '关于对柳市镇宏盛电器厂重大火灾隐患实行挂牌督办的通知',
    recipient: '柳市镇宏盛电器厂',
    subjectName: '柳市镇宏盛电器厂',
    hazards: [
      '你单位生产车间与员工宿舍设置在同一建筑内，未进行防火分隔，经责令限期整改、警示函告和约谈后，至今仍有员工在车间所在建筑内住宿。',
      '厂区东侧消防车通道被成品货物长期占用，宽度不足4米。',
    ],
    requirements: [
      '你单位法定代表人为隐患整改第一责任人，须制定整改方案，明确整改措施、资金、时限和责任人。',
      '整改期间落实24小时值班巡查，配足灭火器材，确保消防车通道畅通。',
      '整改完成后向我办提出书面销号申请，经复查合格后予以摘牌销号。',
    ],
    supervisionDeadline: '2024-04-30',
    reporting: ['督办期间，请于每周五前将整改进展情况书面报送镇消安委办（镇人民政府三楼302室）。'],
    copyTo: '乐清市消防救援大队，柳市镇应急管理办公室，长江村村民委员会',
    date: '2024-04-01',
  },
  view: (d) => ({
    number: d.number,
    title: d.title,
    recipient: d.recipient,
    subjectName: d.subjectName,
    hazards: d.hazards,
    requirements: numbered(d.requirements),
    supervisionDeadline: dateText(d.supervisionDeadline),
    reporting: d.reporting,
    ...copyToView(d.copyTo),
    date: dateText(d.date),
  }),
})
