import { describe, expect, it } from 'vitest'
import { outcomeOf, stepsTo } from '../../../electron/core/import/outcome'
import { parseDate, relativeDays } from '../../../electron/core/import/values/date'
import { readPhone } from '../../../electron/core/import/values/phone'
import { cleanLine } from '../../../electron/core/import/values/text'
import { readOutcome, readSeverity, readSource } from '../../../electron/core/import/values/vocab'
import { day } from '../../fixtures/import/ledger'

describe('reading ledger values', () => {
  it('reads dates from date cells, serial numbers and every usual spelling', () => {
    const spellings = ['2024-3-5', '2024/03/05', '2024.3.5', '2024.03.05.', '2024年3月5日', '2024年3月5号', '20240305', '2024-03-05 14:30', '２０２４．３．５', ' 2024 年 3 月 5 日 ']
    for (const s of spellings) expect([s, parseDate(s)]).toEqual([s, '2024-03-05'])
    expect(parseDate(day('2024-03-05'))).toBe('2024-03-05')
    expect(parseDate(45356)).toBe('2024-03-05')
    expect(parseDate(20240305)).toBe('2024-03-05')
    for (const bad of ['2024-13-45', '2023-2-29', '3月5日', '24.3.5', '十五天', '']) expect([bad, parseDate(bad)]).toEqual([bad, null])
    expect(parseDate(12)).toBeNull()
  })

  it('reads a rectification term given in days', () => {
    expect(relativeDays('15天')).toBe(15)
    expect(relativeDays('７日内')).toBe(7)
    expect(relativeDays('10个工作日')).toBe(10)
    expect(relativeDays('立即整改')).toBe(0)
    expect(relativeDays('尽快')).toBeNull()
  })

  it('cleans phone numbers and keeps what it cannot use', () => {
    expect(readPhone('138 0000 0001')).toEqual({ phone: '13800000001', rest: [], mangled: false })
    expect(readPhone('１３９００００００02')).toEqual({ phone: '13900000002', rest: [], mangled: false })
    expect(readPhone('+86 13800000001')).toEqual({ phone: '13800000001', rest: [], mangled: false })
    expect(readPhone('(0577)61234567转8001')).toEqual({ phone: '0577-61234567-8001', rest: [], mangled: false })
    expect(readPhone('13800000001、0577-61230000')).toEqual({ phone: '13800000001', rest: ['0577-61230000'], mangled: false })
    expect(readPhone('1.38E+10')).toEqual({ phone: '', rest: ['1.38E+10'], mangled: true })
    expect(readPhone('见营业执照')).toEqual({ phone: '', rest: ['见营业执照'], mangled: false })
  })

  it('folds full-width digits and letters but keeps Chinese punctuation', () => {
    expect(cleanLine('　好运来（柳市）店 ＡＢ１２　 ')).toBe('好运来（柳市）店 AB12')
  })

  it('reads the words ledgers use for outcome, severity and source', () => {
    const outcomes = { 已销号: 'closed', 已整改: 'closed', 整改完毕: 'closed', 是: 'closed', 整改中: 'rectifying', 部分整改: 'rectifying', 未整改: 'registered', 逾期未整改: 'registered', 否: 'registered', 已整改未销号: 'awaiting_recheck', 复查合格待销号: 'recheck_passed', 已下发整改通知: 'noticed', 已作废: 'voided' }
    for (const [word, status] of Object.entries(outcomes)) expect([word, readOutcome(word)]).toEqual([word, status])
    expect(readOutcome('不清楚')).toBeNull()
    expect(readSeverity('重大火灾隐患')).toBe('major')
    expect(readSeverity('一般')).toBe('general')
    expect(readSource('群众举报（吹哨人）')).toBe('report')
    expect(readSource('夜查')).toBe('night')
  })
})

describe('the state an imported hazard comes in at', () => {
  const found = '2024-03-05'
  it('closes on the 销号日期, else on the 复查日期; rectified without a date awaits its recheck', () => {
    expect(outcomeOf('closed', '已销号', { found, recheck: '2024-03-18', closed: '2024-03-20' })).toEqual({ status: 'closed', closedDate: '2024-03-20' })
    expect(outcomeOf('closed', '已整改', { found, recheck: '2024-03-18', closed: null })).toEqual({ status: 'closed', closedDate: '2024-03-18' })
    expect(outcomeOf(null, '', { found, recheck: null, closed: '2024-03-20' })).toEqual({ status: 'closed', closedDate: '2024-03-20' })
    expect(outcomeOf(null, '', { found, recheck: null, closed: null })).toEqual({ status: 'registered', closedDate: null })
    expect(outcomeOf('closed', '已整改', { found, recheck: null, closed: null })).toMatchObject({ status: 'awaiting_recheck', closedDate: null })
    expect(outcomeOf('rectifying', '整改中', { found, recheck: null, closed: '2024-03-20' })).toEqual({ error: '整改情况为「整改中」，却填有销号日期，请核对' })
    expect(outcomeOf('voided', '已作废', { found, recheck: null, closed: null })).toEqual({ skip: '台账中标注为已作废，不导入' })
  })

  it('dates the timeline on the ledger’s dates along the lifecycle', () => {
    const steps = stepsTo('closed', { found, recheck: '2024-03-18', closed: '2024-03-20' })
    expect(steps.map((s) => `${s.action}:${s.fromStatus ?? '-'}→${s.toStatus}@${s.date}`)).toEqual([
      'register:-→registered@2024-03-05',
      'notice:registered→noticed@2024-03-05',
      'startRectify:noticed→rectifying@2024-03-05',
      'requestRecheck:rectifying→awaiting_recheck@2024-03-18',
      'recheckPassed:awaiting_recheck→recheck_passed@2024-03-18',
      'close:recheck_passed→closed@2024-03-20',
    ])
    expect(stepsTo('registered', { found, recheck: null, closed: null }).map((s) => s.action)).toEqual(['register'])
    expect(stepsTo('awaiting_recheck', { found, recheck: null, closed: null }).map((s) => `${s.action}@${s.date}`)).toEqual([
      'register@2024-03-05',
      'notice@2024-03-05',
      'startRectify@2024-03-05',
      'requestRecheck@2024-03-05',
    ])
  })
})
