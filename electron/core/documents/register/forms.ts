import { interviewKinds } from '../kinds/interview'
import type { DocumentKindCode } from '../types'
import type { FormField } from './types'

/*
 * The form of each kind: the fields of its data schema (the 文号 is not one: issuing assigns it),
 * in the order staff fill them in, with the labels of the printed document.
 */

const text = (name: string, label: string, required = true, hint?: string): FormField => ({ name, label, type: 'text', required, ...(hint ? { hint } : {}) })
const area = (name: string, label: string, required = true): FormField => ({ name, label, type: 'textarea', required })
const date = (name: string, label: string): FormField => ({ name, label, type: 'date', required: true })
const time = (name: string, label: string): FormField => ({ name, label, type: 'datetime', required: true })
const paras = (name: string, label: string, hint = '每行一段'): FormField => ({ name, label, type: 'paras', required: true, hint })
const items = (name: string, label: string): FormField => paras(name, label, '每行一条，自动编号 1. 2. 3.')
const rows = (name: string, label: string, addLabel: string, columns: FormField[]): FormField => ({ name, label, type: 'rows', required: true, columns, addLabel })
const dateOfIssue = date('date', '成文日期')
/** A table cell of figures: short text as the table shows it (12, 86.4%, +3). */
const cell = (name: string, label: string): FormField => text(name, label, false)
const copyTo = text('copyTo', '抄送', false, '多个机关用逗号分隔，末尾不加句号')

const interviewKindField: FormField = {
  name: 'interviewKind',
  label: '约谈类别',
  type: 'select',
  required: true,
  options: interviewKinds.map((k) => ({ value: k, label: k })),
}

export const documentForms: Record<DocumentKindCode, readonly FormField[]> = {
  rectification_notice: [
    text('subjectName', '被检查单位（场所）'),
    text('subjectAddress', '地址', false),
    date('inspectionDate', '检查日期'),
    text('inspectors', '检查人员'),
    rows('hazards', '隐患清单', '添加隐患', [area('description', '隐患'), text('basis', '依据', false), area('requirement', '整改要求')]),
    date('deadline', '整改期限'),
    dateOfIssue,
  ],
  recheck_opinion: [
    text('subjectName', '被复查单位（场所）'),
    text('noticeNumber', '原整改通知书文号'),
    date('recheckDate', '复查日期'),
    text('inspectors', '复查人员'),
    rows('results', '复查情况', '添加一项', [
      area('description', '隐患'),
      area('finding', '复查情况'),
      {
        name: 'outcome',
        label: '结论',
        type: 'select',
        required: true,
        options: [
          { value: 'passed', label: '已整改' },
          { value: 'failed', label: '未整改到位' },
        ],
      },
    ]),
    paras('conclusion', '复查意见'),
    dateOfIssue,
  ],
  warning_letter: [text('recipient', '受函单位'), paras('facts', '存在的问题'), paras('risks', '风险提示'), items('requirements', '整改要求'), date('deadline', '落实期限'), dateOfIssue],
  notice_letter: [
    text('title', '标题', true, '如“关于督促加快……隐患整改的函”'),
    text('recipient', '主送机关'),
    paras('matter', '函告事由'),
    items('requests', '工作要求'),
    date('replyDeadline', '函复期限'),
    dateOfIssue,
  ],
  interview_notice: [
    text('interviewee', '被约谈人'),
    text('intervieweeUnit', '被约谈人单位'),
    text('intervieweePost', '被约谈人职务', false),
    interviewKindField,
    paras('reason', '约谈事由'),
    time('time', '约谈时间'),
    text('place', '约谈地点'),
    items('bring', '需携带的材料'),
    dateOfIssue,
  ],
  interview_minutes: [
    interviewKindField,
    time('startTime', '开始时间'),
    time('endTime', '结束时间'),
    text('place', '约谈地点'),
    text('interviewers', '约谈人'),
    text('recorder', '记录人'),
    text('interviewee', '被约谈人'),
    text('intervieweeUnit', '被约谈人单位'),
    text('intervieweePost', '被约谈人职务', false),
    text('intervieweePhone', '被约谈人电话', false),
    paras('reason', '约谈事由'),
    rows('exchanges', '问答记录', '添加一问一答', [area('question', '问'), area('answer', '答')]),
    items('commitments', '整改承诺'),
  ],
  supervision_notice: [
    text('title', '标题', true, '如“关于对……重大火灾隐患实行挂牌督办的通知”'),
    text('recipient', '主送机关'),
    text('subjectName', '督办单位（场所）'),
    paras('hazards', '隐患情况'),
    items('requirements', '督办要求'),
    date('supervisionDeadline', '督办期限'),
    paras('reporting', '报告要求'),
    copyTo,
    dateOfIssue,
  ],
  circular: [
    text('title', '标题', true, '如“关于……情况的通报”'),
    text('recipients', '主送机关'),
    paras('intro', '开头'),
    rows('sections', '正文', '添加一部分', [text('heading', '小标题', true, '不写编号，自动编为一、二、三……'), paras('paras', '段落')]),
    copyTo,
    dateOfIssue,
  ],
  quarterly_report: [
    text('title', '标题', true, '如“2024年第一季度消防安全隐患排查整治工作情况汇总”'),
    text('recipients', '主送机关'),
    paras('intro', '开头'),
    rows('figures', '主要数据', '添加一项', [text('item', '项目'), cell('current', '本期'), cell('previous', '上期'), cell('change', '增减')]),
    rows('breakdowns', '分类统计', '添加一类', [
      text('heading', '分类标题'),
      text('groupLabel', '分组名称'),
      rows('rows', '各组数据', '添加一行', [text('name', '名称'), cell('found', '发现隐患'), cell('foundClosed', '其中已整改'), cell('rate', '整改率'), cell('openAtEnd', '期末未销号'), cell('overdueAtEnd', '期末逾期')]),
    ]),
    rows('months', '按月情况', '添加一个月', [text('month', '月份'), cell('found', '发现隐患'), cell('closed', '整改销号')]),
    paras('work', '发文、约谈和督办情况'),
    { ...rows('documents', '发文情况', '添加一种', [text('name', '文书种类'), cell('count', '件数')]), required: false },
    rows('definitions', '统计口径', '添加一条', [text('term', '术语'), area('text', '口径')]),
    paras('source', '数据来源'),
    copyTo,
    dateOfIssue,
  ],
}
