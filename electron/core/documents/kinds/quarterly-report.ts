import { z } from 'zod'
import { isoDate, requiredText, text } from '../../validation'
import { drawingParagraph } from '../images'
import { chineseOrdinal } from './circular'
import { copyTo, copyToTags, copyToView, dateText, defineKind, docNumber, paragraphs } from './fields'

/*
 * 季度工作情况汇总: the figures of a period as tables (main figures against the previous period,
 * breakdowns, months), the office's other work in words, and the definitions the figures follow.
 * Table cells arrive as the text they show (12, 86.4%, +3): the summary formats its numbers.
 */

const cell = (label: string) => text(label, 20)

const figureRow = z.strictObject({
  item: requiredText('项目', 30),
  current: cell('本期'),
  previous: cell('上期'),
  change: cell('增减'),
})

const groupRow = z.strictObject({
  name: requiredText('名称', 60),
  found: cell('发现隐患'),
  foundClosed: cell('其中已整改'),
  rate: cell('整改率'),
  openAtEnd: cell('期末未销号'),
  overdueAtEnd: cell('期末逾期'),
})

const breakdown = z.strictObject({
  heading: requiredText('分类标题', 40),
  groupLabel: requiredText('分组名称', 20),
  rows: z.array(groupRow, { error: '分类统计必须是列表' }).min(1, '分类统计至少要有一行').max(500, '分类统计不能超过500行'),
})

const monthRow = z.strictObject({ month: requiredText('月份', 20), found: cell('发现隐患'), closed: cell('整改销号') })
const documentRow = z.strictObject({ name: requiredText('文书种类', 30), count: cell('件数') })
/** A chart of the figures as a PNG (base64), drawn by the report; frozen with the data, so a reprint shows the same picture. */
const chart = z.strictObject({
  title: requiredText('图题', 60),
  png: z.string({ error: '图片必须是 PNG（base64）' }).regex(/^[A-Za-z0-9+/]+=*$/, '图片必须是 PNG（base64）').max(3_000_000, '图片不能超过2MB'),
  widthMm: z.number().min(20).max(156).default(150),
  heightMm: z.number().min(20).max(200).default(75),
})
const definition = z.strictObject({ term: requiredText('术语', 30), text: requiredText('口径', 500) })

const schema = z.strictObject({
  number: docNumber(),
  title: requiredText('标题', 100),
  recipients: requiredText('主送机关', 200),
  intro: paragraphs('开头'),
  figures: z.array(figureRow, { error: '主要数据必须是列表' }).min(1, '请至少填写一项主要数据').max(50, '主要数据不能超过50项'),
  breakdowns: z.array(breakdown, { error: '分类统计必须是列表' }).min(1, '请至少填写一类分类统计').max(10, '分类统计不能超过10类'),
  months: z.array(monthRow, { error: '按月情况必须是列表' }).min(1, '请至少填写一个月').max(120, '按月情况不能超过120个月'),
  work: paragraphs('发文、约谈和督办情况'),
  documents: z.array(documentRow, { error: '发文情况必须是列表' }).max(50, '发文情况不能超过50种').default([]),
  charts: z.array(chart, { error: '图表必须是列表' }).max(6, '图表不能超过6幅').default([]),
  definitions: z.array(definition, { error: '统计口径必须是列表' }).min(1, '请填写统计口径').max(50, '统计口径不能超过50条'),
  source: paragraphs('数据来源'),
  copyTo: copyTo(),
  date: isoDate('成文日期'),
})

const groupColumns = [
  { name: 'name', label: '名称', type: 'text' },
  { name: 'found', label: '发现隐患', type: 'text' },
  { name: 'foundClosed', label: '其中已整改', type: 'text' },
  { name: 'rate', label: '整改率', type: 'text' },
  { name: 'openAtEnd', label: '期末未销号', type: 'text' },
  { name: 'overdueAtEnd', label: '期末逾期', type: 'text' },
] as const

export const quarterlyReport = defineKind({
  code: 'quarterly_report',
  name: '季度工作情况汇总',
  format: 'file',
  schema,
  tags: [
    { name: 'number', label: '文号', type: 'text' },
    { name: 'title', label: '标题（如“2024年第一季度消防安全隐患排查整治工作情况汇总”）', type: 'text' },
    { name: 'recipients', label: '主送机关', type: 'text' },
    { name: 'intro', label: '开头（每段一项）', type: 'paras' },
    {
      name: 'figures',
      label: '主要数据表（每项一行）',
      type: 'rows',
      columns: [
        { name: 'item', label: '项目', type: 'text' },
        { name: 'current', label: '本期', type: 'text' },
        { name: 'previous', label: '上期', type: 'text' },
        { name: 'change', label: '增减', type: 'text' },
      ],
    },
    {
      name: 'breakdowns',
      label: '分类统计（每类一张表，小标题自动编为（一）（二）……）',
      type: 'rows',
      columns: [
        { name: 'heading', label: '小标题（含编号）', type: 'text' },
        { name: 'groupLabel', label: '表头第一列（如“村（社区）”）', type: 'text' },
        { name: 'rows', label: '表格各行', type: 'rows', columns: groupColumns },
      ],
    },
    {
      name: 'months',
      label: '按月情况表（每月一行）',
      type: 'rows',
      columns: [
        { name: 'month', label: '月份', type: 'text' },
        { name: 'found', label: '发现隐患', type: 'text' },
        { name: 'closed', label: '整改销号', type: 'text' },
      ],
    },
    {
      name: 'charts',
      label: '图表（每幅一张图片和图题，图题自动编为图1、图2……）',
      type: 'rows',
      columns: [
        { name: 'drawing', label: '图片（写作 {@drawing}，单独成段）', type: 'picture' },
        { name: 'title', label: '图题', type: 'text' },
      ],
    },
    { name: 'work', label: '发文、约谈和督办情况（每段一项）', type: 'paras' },
    { name: 'hasDocuments', label: '有发文统计时显示', type: 'flag' },
    {
      name: 'documents',
      label: '发文统计表（每种文书一行）',
      type: 'rows',
      columns: [
        { name: 'name', label: '文书种类', type: 'text' },
        { name: 'count', label: '件数', type: 'text' },
      ],
    },
    { name: 'definitions', label: '统计口径（每条一段，自动编号）', type: 'rows', columns: [{ name: 'text', label: '编号、术语和口径', type: 'text' }] },
    { name: 'source', label: '数据来源（每段一项）', type: 'paras' },
    ...copyToTags,
    { name: 'date', label: '成文日期', type: 'text' },
  ],
  fixture: {
    number: '柳市消安委办〔2024〕21号',
    title: '2024年第一季度消防安全隐患排查整治工作情况汇总',
    recipients: '镇消防安全委员会',
    intro: [
      '2024年第一季度（2024年1月1日至2024年3月31日），全镇共发现消防安全隐患412处，整改销号356处；本期发现的隐患中已整改330处，整改率80.1%。期末尚有未销号隐患97处，其中逾期未整改23处。现将有关情况汇总如下。',
    ],
    figures: [
      { item: '发现隐患', current: '412', previous: '385', change: '+27' },
      { item: '其中重大火灾隐患', current: '3', previous: '5', change: '−2' },
      { item: '整改销号', current: '356', previous: '341', change: '+15' },
      { item: '其中重大火灾隐患', current: '4', previous: '2', change: '+2' },
      { item: '本期发现已整改', current: '330', previous: '318', change: '+12' },
      { item: '整改率', current: '80.1%', previous: '82.6%', change: '−2.5个百分点' },
      { item: '期初未销号', current: '41', previous: '56', change: '−15' },
      { item: '期末未销号', current: '97', previous: '41', change: '+56' },
      { item: '期末逾期未整改', current: '23', previous: '12', change: '+11' },
    ],
    breakdowns: [
      {
        heading: '按村（社区）统计',
        groupLabel: '村（社区）',
        rows: [
          { name: '柳黄头村', found: '58', foundClosed: '49', rate: '84.5%', openAtEnd: '11', overdueAtEnd: '2' },
          { name: '长江村', found: '73', foundClosed: '51', rate: '69.9%', openAtEnd: '24', overdueAtEnd: '9' },
          { name: '象阳村', found: '44', foundClosed: '30', rate: '68.2%', openAtEnd: '16', overdueAtEnd: '6' },
          { name: '后街社区', found: '37', foundClosed: '35', rate: '94.6%', openAtEnd: '3', overdueAtEnd: '0' },
        ],
      },
      {
        heading: '按隐患类别统计',
        groupLabel: '隐患类别',
        rows: [
          { name: '违规用火用电用气', found: '126', foundClosed: '104', rate: '82.5%', openAtEnd: '25', overdueAtEnd: '6' },
          { name: '占用堵塞疏散通道/安全出口', found: '88', foundClosed: '80', rate: '90.9%', openAtEnd: '9', overdueAtEnd: '1' },
          { name: '电动自行车违规停放充电', found: '97', foundClosed: '71', rate: '73.2%', openAtEnd: '30', overdueAtEnd: '10' },
        ],
      },
    ],
    months: [
      { month: '1月', found: '168', closed: '121' },
      { month: '2月', found: '96', closed: '104' },
      { month: '3月', found: '148', closed: '131' },
    ],
    work: ['本期共发出各类文书214件，其中整改通知书198件、警示函12件、函告4件。', '挂牌督办情况：本系统尚未建立挂牌督办登记，本项暂不统计。'],
    documents: [
      { name: '消防安全隐患限期整改通知书', count: '198' },
      { name: '消防安全警示函', count: '12' },
      { name: '函告', count: '4' },
    ],
    definitions: [
      { term: '统计期间', text: '2024年1月1日至2024年3月31日，含首尾两日。' },
      { term: '发现隐患', text: '发现日期在统计期间内的隐患（不论现在是否已销号）。' },
      { term: '整改率', text: '整改率 = 本期发现已整改 ÷ 发现隐患 × 100%，保留一位小数。' },
    ],
    source: ['数据取自消安督办台隐患台账，取数时间为2024年4月2日10时30分；台账共有隐患1872条（另有作废12条，不计入）。'],
    copyTo: '乐清市消防安全委员会办公室',
    date: '2024-04-02',
  },
  view: (d) => ({
    number: d.number,
    title: d.title,
    recipients: d.recipients,
    intro: d.intro,
    // 其中重大火灾隐患 is a part of the row above: 其中：重大火灾隐患, two characters in (a table cell's indent, as clerks type it)
    figures: d.figures.map((f) => ({ ...f, item: f.item.replace(/^其中[：:]?/, '\u3000\u3000其中：') })),
    breakdowns: d.breakdowns.map((b, i) => ({ heading: `（${chineseOrdinal(i + 1)}）${b.heading}`, groupLabel: b.groupLabel, rows: b.rows })),
    months: d.months,
    charts: d.charts.map((c, i) => ({
      title: `图${i + 1}　${c.title}`,
      drawing: drawingParagraph({ n: i + 1, widthMm: c.widthMm, heightMm: c.heightMm, title: c.title }),
      png: c.png,
    })),
    work: d.work,
    hasDocuments: d.documents.length > 0,
    documents: d.documents,
    definitions: d.definitions.map((x, i) => ({ text: `${i + 1}.${x.term}：${x.text}` })),
    source: d.source,
    ...copyToView(d.copyTo),
    date: dateText(d.date),
  }),
})
