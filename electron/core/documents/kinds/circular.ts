import { z } from 'zod'
import { isoDate, requiredText } from '../../validation'
import { copyTo, copyToTags, copyToView, dateText, defineKind, docNumber, paragraphs } from './fields'

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: the numbering of 一级标题. */
export function chineseOrdinal(n: number): string {
  const tens = Math.floor(n / 10)
  const ones = n % 10
  if (n < 10) return digits[n] ?? ''
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${digits[ones] ?? ''}`
}

const section = z.strictObject({
  heading: requiredText('小标题', 60),
  paras: paragraphs('正文'),
})

const schema = z.strictObject({
  number: docNumber(),
  title: requiredText('标题', 100),
  recipients: requiredText('主送机关', 200),
  intro: paragraphs('开头'),
  sections: z.array(section, { error: '请填写正文' }).min(1, '请至少填写一部分正文').max(99, '正文不能超过99部分'),
  copyTo: copyTo(),
  date: isoDate('成文日期'),
})

/** 工作通报: figures, problems, units criticised by name, and what must be done. */
export const circular = defineKind({
  code: 'circular',
  name: '工作通报',
  format: 'file',
  schema,
  tags: [
    { name: 'number', label: '文号', type: 'text' },
    { name: 'title', label: '标题（如“关于……情况的通报”）', type: 'text' },
    { name: 'recipients', label: '主送机关', type: 'text' },
    { name: 'intro', label: '开头（每段一项）', type: 'paras' },
    {
      name: 'sections',
      label: '正文各部分（小标题自动编为一、二、三……）',
      type: 'rows',
      columns: [
        { name: 'heading', label: '小标题（含编号，如“一、基本情况”）', type: 'text' },
        { name: 'paras', label: '该部分的段落', type: 'paras' },
      ],
    },
    ...copyToTags,
    { name: 'date', label: '成文日期', type: 'text' },
  ],
  fixture: {
    number: '柳市消安委办〔2024〕18号',
    title: '关于2024年第一季度消防安全隐患排查整治工作情况的通报',
    recipients: '各村（社区），镇属各部门，有关单位',
    intro: [
      '今年以来，各村（社区）、镇属各部门认真落实冬春火灾防控工作部署，扎实开展消防安全隐患排查整治，全镇火灾形势总体平稳。现将第一季度工作情况通报如下：',
    ],
    sections: [
      {
        heading: '基本情况',
        paras: [
          '第一季度，全镇共排查单位（场所）1286家，发现消防安全隐患412处，已整改销号356处，整改率86.4%；其中重大火灾隐患3处，已挂牌督办1处。共发出整改通知书198份、警示函12份、函告5份，约谈单位负责人8人次。',
        ],
      },
      {
        heading: '存在问题',
        paras: [
          '一是部分村（社区）属地责任落实不到位，居住出租房电动自行车违规停放充电问题反复出现。二是个别企业主体责任缺失，“三合一”场所整改进度缓慢。三是逾期未整改隐患仍有23处，集中在长江村、象阳村。',
        ],
      },
      {
        heading: '通报批评',
        paras: ['对隐患整改率低于60%的长江村、象阳村，以及逾期未整改重大火灾隐患的柳市镇宏盛电器厂予以通报批评。'],
      },
      {
        heading: '下步工作要求',
        paras: [
          '各村（社区）要对逾期隐患逐一建立销号台账，于4月30日前全部整改到位；镇属各部门要按照职责分工加强联合执法，对拒不整改的依法查处。',
          '各村（社区）请于每月26日前将隐患排查整治情况报送镇消安委办。',
        ],
      },
    ],
    copyTo: '乐清市消防安全委员会办公室，乐清市消防救援大队',
    date: '2024-04-08',
  },
  view: (d) => ({
    number: d.number,
    title: d.title,
    recipients: d.recipients,
    intro: d.intro,
    sections: d.sections.map((s, i) => ({ heading: `${chineseOrdinal(i + 1)}、${s.heading}`, paras: s.paras })),
    ...copyToView(d.copyTo),
    date: dateText(d.date),
  }),
})
