import { z } from 'zod'
import { isoDate, oneOf, requiredText, text } from '../../validation'
import { formatDateTime } from '../format'
import { dateText, defineKind, docNumber, isoDateTime, numbered, numberedTag, paragraphs } from './fields'
import { interviewKinds } from './interview'

const schema = z.strictObject({
  number: docNumber(),
  interviewee: requiredText('被约谈人', 20),
  intervieweeUnit: requiredText('被约谈人单位', 100),
  intervieweePost: text('被约谈人职务', 40).default(''),
  interviewKind: oneOf('约谈类别', interviewKinds),
  reason: paragraphs('约谈事由'),
  time: isoDateTime('约谈时间'),
  place: requiredText('约谈地点', 100),
  bring: paragraphs('需携带的材料'),
  date: isoDate('成文日期'),
})

/** 约谈通知书: who is called, why, when and where, and what to bring. */
export const interviewNotice = defineKind({
  code: 'interview_notice',
  name: '约谈通知书',
  format: 'form',
  schema,
  tags: [
    { name: 'number', label: '文号', type: 'text' },
    { name: 'interviewee', label: '被约谈人姓名', type: 'text' },
    { name: 'intervieweeUnit', label: '被约谈人单位', type: 'text' },
    { name: 'intervieweePost', label: '被约谈人职务', type: 'text' },
    { name: 'interviewKind', label: '约谈类别（警示约谈、提醒约谈、督办约谈、工作约谈）', type: 'text' },
    { name: 'reason', label: '约谈事由（每段一项）', type: 'paras' },
    { name: 'time', label: '约谈时间（如2024年3月26日9时30分）', type: 'text' },
    { name: 'place', label: '约谈地点', type: 'text' },
    numberedTag('bring', '需携带的材料'),
    { name: 'date', label: '成文日期', type: 'text' },
  ],
  fixture: {
    number: '柳市消安委办约〔2024〕3号',
    interviewee: '张志远',
    intervieweeUnit: '柳市镇宏盛电器厂',
    intervieweePost: '法定代表人',
    interviewKind: '警示约谈',
    reason: [
      '你单位生产车间与员工宿舍设置在同一建筑内、电动自行车在车间内停放充电、消防车通道被占用等重大火灾隐患，经我办书面责令限期整改（柳市消安委办〔2024〕9号）并发出消防安全警示函（柳市消安委办函〔2024〕7号）后，逾期仍未整改到位。',
    ],
    time: '2024-03-26T09:30',
    place: '柳市镇人民政府三楼301会议室',
    bring: [
      '营业执照复印件、法定代表人身份证复印件（委托他人的，另带授权委托书）。',
      '隐患整改情况报告及整改前后的照片。',
      '单位消防安全管理制度、员工消防安全培训记录。',
    ],
    date: '2024-03-22',
  },
  view: (d) => ({
    number: d.number,
    interviewee: d.interviewee,
    intervieweeUnit: d.intervieweeUnit,
    intervieweePost: d.intervieweePost,
    interviewKind: d.interviewKind,
    reason: d.reason,
    time: formatDateTime(d.time),
    place: d.place,
    bring: numbered(d.bring),
    date: dateText(d.date),
  }),
})
