import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../electron/core/errors'
import { formatDate, formatDateTime, formatDocNumber, formatTimeRange, stripControl } from '../../../electron/core/documents/format'
import { kindOf } from '../../../electron/core/documents/kinds'
import { render } from '../../../electron/core/documents/render'
import { sampleSettings } from '../../../electron/core/documents/sample'
import { Docx, editTemplate, paragraphs, textOf } from './docx'

const fixture = kindOf('rectification_notice').fixture
const notice = (data: Record<string, unknown> = {}) => render('rectification_notice', { ...fixture, ...data }, sampleSettings)
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

function errorOf(fn: () => unknown): AppError {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected an AppError')
}

afterEach(() => {
  vi.useRealTimers()
})

describe('formatting for documents', () => {
  it('writes dates and times without zero padding', () => {
    expect(formatDate('2024-03-05')).toBe('2024年3月5日')
    expect(formatDate('2024-12-25')).toBe('2024年12月25日')
    expect(formatDateTime('2024-03-12T09:30')).toBe('2024年3月12日9时30分')
    expect(formatDateTime('2024-03-12T14:00')).toBe('2024年3月12日14时')
    expect(formatTimeRange('2024-03-26T09:30', '2024-03-26T10:20')).toBe('2024年3月26日9时30分至10时20分')
    expect(formatTimeRange('2024-03-26T16:30', '2024-03-27T08:05')).toBe('2024年3月26日16时30分至2024年3月27日8时5分')
    expect(errorOf(() => formatDate('2024/3/5')).message).toBe('日期「2024/3/5」格式应为 YYYY-MM-DD')
  })

  it('builds 文号 with 六角括号 and no leading zeros', () => {
    expect(formatDocNumber({ prefix: '柳市消安委办', year: 2024, seq: 12 })).toBe('柳市消安委办〔2024〕12号')
    expect(formatDocNumber({ prefix: '柳市消安委办函', year: 2025, seq: 1 })).toBe('柳市消安委办函〔2025〕1号')
    expect(errorOf(() => formatDocNumber({ prefix: '柳市消安委办', year: 2024, seq: 0 })).message).toBe('文号序号「0」应为从1开始的整数')
    expect(errorOf(() => formatDocNumber({ prefix: '柳市[消安]', year: 2024, seq: 3 })).field).toBe('prefix')
    expect(errorOf(() => formatDocNumber({ prefix: '柳市消安委办', year: 24, seq: 3 })).message).toBe('文号年份「24」应为四位数')
  })

  it('strips control characters, keeps line breaks, turns tabs into spaces', () => {
    expect(stripControl('好运来\u0007小吃店\u202E\r\n二楼\tA\uFEFF')).toBe('好运来小吃店\n二楼 A')
    expect(stripControl('\uD800孤')).toBe('孤')
  })
})

describe('render', () => {
  it('gives the same bytes for the same data, whatever the time, so a reprint has the issued hash', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2024-03-05T08:00:00Z'))
    const first = notice()
    vi.setSystemTime(new Date('2031-11-30T23:59:59Z'))
    const second = notice()
    expect(sha256(second)).toBe(sha256(first))
    expect(sha256(notice({ subjectName: '柳市镇鑫达五金店' }))).not.toBe(sha256(first))
  })

  it('fills the hazards table with two rows per hazard, numbered: the description, then basis and requirement', () => {
    const text = textOf(new Docx(notice()).document)
    // (the number's cell continues, empty, beside the second row)
    expect(text).toMatch(/^1\n后门安全出口被纸箱、桌椅堵塞.+\n\n依据：《中华人民共和国消防法》第二十八条；整改要求：立即清理杂物/m)
    expect(text).toMatch(/^4\n店内2具灭火器压力不足/m)
    expect(text).not.toMatch(/^5$/m)
  })

  it('gives each paragraph of a multi-paragraph field its own indented paragraph', () => {
    const docx = new Docx(render('warning_letter', kindOf('warning_letter').fixture, sampleSettings))
    const facts = paragraphs(docx.document).filter((p) => p.text.startsWith('2024年3月8日夜查中') || p.text.startsWith('上述问题已于'))
    expect(facts).toHaveLength(2)
    for (const p of facts) expect(p.style).toBe('FDBody')
  })

  it('accepts paragraphs typed as one text, one per line, and drops blank lines', () => {
    const data = { ...kindOf('warning_letter').fixture, risks: '第一段风险。\n\n  第二段风险。\r\n' }
    const text = textOf(new Docx(render('warning_letter', data, sampleSettings)).document)
    expect(text).toMatch(/^第一段风险。\n第二段风险。$/m)
  })

  it('strips control characters from what users typed', () => {
    const xml = new Docx(notice({ subjectName: '柳市镇\u0008好运来\u202E小吃店' })).document
    expect(xml).toContain('柳市镇好运来小吃店：')
    expect(xml).not.toMatch(/[\u0000-\u0008\u202E]/)
  })

  it('leaves out the contact line when the settings have no contact', () => {
    const text = textOf(new Docx(render('rectification_notice', fixture, { ...sampleSettings, contactPerson: '', contactPhone: '' })).document)
    expect(text).not.toContain('联系人')
    expect(textOf(new Docx(notice()).document)).toContain('联系人：王建国　　联系电话：0577-61234567')
  })

  it('refuses data that is missing or malformed, naming the field', () => {
    const { subjectName: _, ...rest } = fixture
    expect(errorOf(() => render('rectification_notice', rest, sampleSettings)).toJSON()).toEqual({
      code: 'VALIDATION',
      message: '请填写被检查单位（场所）',
      field: 'subjectName',
    })
    expect(errorOf(() => notice({ deadline: '2024-02-30' })).toJSON()).toMatchObject({ message: '整改期限不是有效日期', field: 'deadline' })
    expect(errorOf(() => notice({ hazards: [] })).message).toBe('请至少填写一处隐患')
    expect(errorOf(() => notice({ color: 'red' })).message).toBe('不认识的字段：color')
    expect(errorOf(() => render('interview_minutes', { ...kindOf('interview_minutes').fixture, endTime: '2024-03-26T09:00' }, sampleSettings)).toJSON()).toMatchObject({
      message: '结束时间应晚于开始时间',
      field: 'endTime',
    })
  })

  it('names a template field that has no data instead of printing "undefined"', () => {
    const template = editTemplate(readFileSync('templates/rectification_notice.docx'), '{inspectors}', '{inspectors}{leader}')
    expect(errorOf(() => render('rectification_notice', fixture, sampleSettings, { template })).toJSON()).toEqual({
      code: 'VALIDATION',
      message: '模板字段「leader」没有数据',
      field: 'leader',
    })
  })

  it('explains a broken replacement template in Chinese', () => {
    const template = editTemplate(readFileSync('templates/rectification_notice.docx'), '{/hazards}', '')
    expect(errorOf(() => render('rectification_notice', fixture, sampleSettings, { template })).message).toBe(
      '模板有错误：正文「{#hazards}{index}」：循环「hazards」没有结束标记 {/hazards}',
    )
    expect(errorOf(() => render('rectification_notice', fixture, sampleSettings, { template: Buffer.from('PK') })).field).toBe('template')
  })

  it('refuses an unknown kind', () => {
    expect(errorOf(() => kindOf('fax')).message).toMatch(/^文书种类「fax」不存在，应为：消防安全隐患限期整改通知书、复查意见书/)
  })
})
