import { z } from 'zod'
import { hazardFields } from '../../cases/schema'
import { isoDate, requiredText, text } from '../../validation'
import { dateText, defineKind, docNumber } from './fields'

const hazard = z.strictObject({
  /** the case this row is, when the notice covers several */
  caseId: z.string().max(64).optional(),
  // the ledger's own limits: every hazard the ledger holds fits its notice
  description: hazardFields.description,
  basis: hazardFields.legalBasis,
  requirement: hazardFields.requirement,
})

const schema = z.strictObject({
  number: docNumber(),
  subjectName: requiredText('被检查单位（场所）', 100),
  subjectAddress: text('地址', 200).default(''),
  inspectionDate: isoDate('检查日期'),
  inspectors: requiredText('检查人员', 100),
  hazards: z.array(hazard, { error: '请填写隐患清单' }).min(1, '请至少填写一处隐患').max(100, '隐患清单不能超过100项'),
  deadline: isoDate('整改期限'),
  date: isoDate('成文日期'),
})

/** 消防安全隐患限期整改通知书: the hazards found, the legal basis, what to do, by when. */
export const rectificationNotice = defineKind({
  code: 'rectification_notice',
  name: '消防安全隐患限期整改通知书',
  format: 'form',
  schema,
  tags: [
    { name: 'number', label: '文号', type: 'text' },
    { name: 'subjectName', label: '被检查单位（场所）名称', type: 'text' },
    { name: 'subjectAddress', label: '被检查单位（场所）地址', type: 'text' },
    { name: 'inspectionDate', label: '检查日期（如2024年3月5日）', type: 'text' },
    { name: 'inspectors', label: '检查人员', type: 'text' },
    {
      name: 'hazards',
      label: '隐患清单（表格行：第一格写 {#hazards}，最后一格写 {/hazards}）',
      type: 'rows',
      columns: [
        { name: 'index', label: '序号', type: 'text' },
        { name: 'description', label: '隐患', type: 'text' },
        { name: 'basis', label: '依据', type: 'text' },
        { name: 'requirement', label: '整改要求', type: 'text' },
      ],
    },
    { name: 'deadline', label: '整改期限（如2024年3月20日）', type: 'text' },
    { name: 'date', label: '成文日期', type: 'text' },
  ],
  fixture: {
    number: '柳市消安委办〔2024〕12号',
    subjectName: '柳市镇好运来小吃店',
    subjectAddress: '柳市镇前街社区长虹路88号',
    inspectionDate: '2024-03-05',
    inspectors: '王建国、李明',
    hazards: [
      {
        description: '后门安全出口被纸箱、桌椅堵塞，疏散通道净宽不足1米',
        basis: '《中华人民共和国消防法》第二十八条',
        requirement: '立即清理杂物，保持安全出口和疏散通道畅通',
      },
      {
        description: '二层阁楼住宿员工3人，与一层经营区域未进行防火分隔（“三合一”）',
        basis: '《中华人民共和国消防法》第十九条第二款',
        requirement: '停止在阁楼住人，或采用不燃材料实施防火分隔并设置独立的疏散通道',
      },
      {
        description: '厨房电气线路私拉乱接，插线板串接使用，电线未穿管保护',
        basis: '《中华人民共和国消防法》第二十七条第二款',
        requirement: '由持证电工重新敷设线路并穿管保护，拆除串接插线板',
      },
      {
        description: '店内2具灭火器压力不足，已超过维修期限',
        basis: '《中华人民共和国消防法》第十六条第一款第二项',
        requirement: '送有资质的单位维修或更换，并每月检查一次、做好记录',
      },
    ],
    deadline: '2024-03-20',
    date: '2024-03-05',
  },
  view: (d) => ({
    number: d.number,
    subjectName: d.subjectName,
    subjectAddress: d.subjectAddress,
    inspectionDate: dateText(d.inspectionDate),
    inspectors: d.inspectors,
    hazards: d.hazards.map((h, i) => ({ index: String(i + 1), description: h.description, basis: h.basis, requirement: h.requirement })),
    deadline: dateText(d.deadline),
    date: dateText(d.date),
  }),
})
