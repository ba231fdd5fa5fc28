import { z } from 'zod'
import { oneOf, phone, requiredText, text } from '../../validation'
import { formatTimeRange } from '../format'
import { defineKind, isoDateTime, numbered, numberedTag, paragraphs } from './fields'
import { interviewKinds } from './interview'

const exchange = z.strictObject({
  question: requiredText('问', 2000),
  answer: requiredText('答', 2000),
})

const schema = z
  .strictObject({
    interviewKind: oneOf('约谈类别', interviewKinds),
    startTime: isoDateTime('开始时间'),
    endTime: isoDateTime('结束时间'),
    place: requiredText('约谈地点', 100),
    interviewers: requiredText('约谈人', 100),
    recorder: requiredText('记录人', 20),
    interviewee: requiredText('被约谈人', 20),
    intervieweeUnit: requiredText('被约谈人单位', 100),
    intervieweePost: text('被约谈人职务', 40).default(''),
    intervieweePhone: phone('被约谈人电话').default(''),
    reason: paragraphs('约谈事由'),
    exchanges: z.array(exchange, { error: '请填写问答记录' }).min(1, '请至少记录一问一答').max(200, '问答不能超过200组'),
    commitments: paragraphs('整改承诺'),
  })
  .refine((d) => d.endTime > d.startTime, { message: '结束时间应晚于开始时间', path: ['endTime'] })

/** 约谈笔录: the record of an interview, signed by the interviewee on every page. */
export const interviewMinutes = defineKind({
  code: 'interview_minutes',
  name: '约谈笔录',
  format: 'form',
  schema,
  tags: [
    { name: 'interviewKind', label: '约谈类别', type: 'text' },
    { name: 'time', label: '约谈起止时间（如2024年3月26日9时30分至10时20分）', type: 'text' },
    { name: 'place', label: '约谈地点', type: 'text' },
    { name: 'interviewers', label: '约谈人', type: 'text' },
    { name: 'recorder', label: '记录人', type: 'text' },
    { name: 'interviewee', label: '被约谈人姓名', type: 'text' },
    { name: 'intervieweeUnit', label: '被约谈人单位', type: 'text' },
    { name: 'intervieweePost', label: '被约谈人职务', type: 'text' },
    { name: 'intervieweePhone', label: '被约谈人电话', type: 'text' },
    { name: 'reason', label: '约谈事由（每段一项）', type: 'paras' },
    {
      name: 'exchanges',
      label: '问答（每组一问一答）',
      type: 'rows',
      columns: [
        { name: 'question', label: '问', type: 'text' },
        { name: 'answer', label: '答', type: 'text' },
      ],
    },
    numberedTag('commitments', '整改承诺'),
  ],
  fixture: {
    interviewKind: '警示约谈',
    startTime: '2024-03-26T09:30',
    endTime: '2024-03-26T10:20',
    place: '柳市镇人民政府三楼301会议室',
    interviewers: '陈志强（镇消安委办主任）、王建国',
    recorder: '李明',
    interviewee: '张志远',
    intervieweeUnit: '柳市镇宏盛电器厂',
    intervieweePost: '法定代表人',
    intervieweePhone: '13857712345',
    reason: ['你单位重大火灾隐患经责令限期整改、发出警示函后，逾期仍未整改到位。'],
    exchanges: [
      {
        question: '我们是柳市镇消防安全委员会办公室的工作人员，今天依法对你进行警示约谈。你是否清楚约谈的原因？',
        answer: '清楚。是因为我们厂车间和宿舍在一栋楼里、电动车在车间充电，还有消防车通道堆了货，没有按期整改。',
      },
      {
        question: '整改通知书要求3月20日前整改完毕，为什么没有按期完成？',
        answer: '订单比较多，宿舍一时找不到地方安置，货物也没有地方堆放，所以拖了下来。',
      },
      {
        question: '目前整改进展如何？还存在哪些困难？',
        answer: '电动车已经全部移到室外，私拉的电线拆除了。宿舍已经在象阳村租好房子，本周内搬完。消防车通道的货物3天内清空。',
      },
      {
        question: '你对今天约谈的内容还有什么需要说明的？',
        answer: '没有了。我们一定按承诺整改到位。',
      },
    ],
    commitments: [
      '2024年3月31日前员工全部搬离车间所在建筑。',
      '2024年3月29日前清空消防车通道并划线管理。',
      '整改完成后书面报告镇消安委办，申请复查。',
    ],
  },
  view: (d) => ({
    interviewKind: d.interviewKind,
    time: formatTimeRange(d.startTime, d.endTime),
    place: d.place,
    interviewers: d.interviewers,
    recorder: d.recorder,
    interviewee: d.interviewee,
    intervieweeUnit: d.intervieweeUnit,
    intervieweePost: d.intervieweePost,
    intervieweePhone: d.intervieweePhone,
    reason: d.reason,
    exchanges: d.exchanges.map((e) => ({ question: e.question, answer: e.answer })),
    commitments: numbered(d.commitments),
  }),
})
