import { describe, expect, it } from 'vitest'
import { nextDue, readDeadline, readDueCell, recurringLabel } from '../../../electron/core/tasks/deadline'

const cell = (text: string, year = 2021) => {
  const r = readDueCell(text, year)
  return { deadline: r.deadline, recurring: r.recurring, ongoing: r.ongoing, undatable: r.undatable }
}
const date = (deadline: string) => ({ deadline, recurring: null, ongoing: false, undatable: false })
const rhythm = (recurring: string) => ({ deadline: null, recurring, ongoing: false, undatable: false })
const flagged = { deadline: null, recurring: null, ongoing: false, undatable: true }

describe('deadline reader: the 时限 column as offices write it', () => {
  it.each([
    ['3月底前', date('2021-03-31')],
    ['年底前', date('2021-12-31')],
    ['12月底前', date('2021-12-31')],
    ['6月30日前', date('2021-06-30')],
    ['2021年4月15日前', date('2021-04-15')],
    ['2022年1月15日前', date('2022-01-15')],
    ['2月底前', date('2021-02-28')],
    ['十二月底前', date('2021-12-31')],
    ['二〇二一年三月三十一日前', date('2021-03-31')],
    ['6月中旬', date('2021-06-20')],
    ['5月上旬前', date('2021-05-10')],
    ['9月下旬', date('2021-09-30')],
    ['上半年', date('2021-06-30')],
    ['一季度末', date('2021-03-31')],
    ['2022年底前', date('2022-12-31')],
    ['明年3月底前', date('2022-03-31')],
    ['2021.4.15', date('2021-04-15')],
    ['2021-04-15', date('2021-04-15')],
    ['６月３０日前', date('2021-06-30')],
    ['每月', rhythm('monthly')],
    ['每月26日前', rhythm('monthly:26')],
    ['每月二十六日前报送', rhythm('monthly:26')],
    ['每月5号', rhythm('monthly:5')],
    ['每周四', rhythm('weekly:4')],
    ['每周星期一', rhythm('weekly:1')],
    ['每周日', rhythm('weekly:7')],
    ['每季度末', rhythm('quarterly')],
    ['每季度', rhythm('quarterly')],
  ])('%s', (text, expected) => {
    expect(cell(text)).toEqual(expected)
  })

  it('reads 长期坚持 as ongoing work that owes no date', () => {
    expect(cell('长期坚持')).toEqual({ deadline: null, recurring: null, ongoing: true, undatable: false })
    expect(cell('长期')).toMatchObject({ ongoing: true })
  })

  it.each(['两会结束前', '春节前', '冬防结束前', '元旦节前', '立即', '视情况而定', '2021年全国“两会”结束后7日内'])(
    'flags %s for the user to type a date',
    (text) => {
      expect(cell(text)).toEqual(flagged)
      expect(readDueCell(text, 2021).dueText).toBe(text.normalize('NFKC'))
    },
  )

  it('says why a date that does not exist is refused', () => {
    expect(readDueCell('2月30日前', 2021)).toMatchObject({ deadline: null, undatable: true, problem: '2021年2月没有30日' })
    expect(readDueCell('13月底前', 2021)).toMatchObject({ deadline: null, undatable: true, problem: '13月不是有效的月份' })
    expect(readDueCell('2月29日前', 2024).deadline).toBe('2024-02-29')
  })

  it('gives a date without a year the campaign year', () => {
    expect(cell('3月底前', 2020).deadline).toBe('2020-03-31')
    expect(cell('3月底前', 2024).deadline).toBe('2024-03-31')
  })

  it('leaves an empty cell empty', () => {
    expect(readDueCell('  ', 2021)).toEqual({ dueText: '', deadline: null, recurring: null, ongoing: false, undatable: false })
  })
})

describe('deadline reader: deadlines inside a task text (no 时限 column)', () => {
  it.each([
    ['12月底前“通天房”式居住出租房、疏散不独立合用场所隐患整治见底清零。', '12月底前', '2020-12-31', null],
    ['年底前，认真对照三年行动要求部署2021年度消防安全专项整治工作。', '年底前', '2020-12-31', null],
    ['2021年3月31日前，至少组织召开1次部门联席会议，固化成果，总结经验。', '2021年3月31日前', '2021-03-31', null],
    ['11月底前、元旦节前和春节前，主流媒体要组织1次火灾隐患集中曝光。', '11月底前', '2020-11-30', null],
    ['冬春火灾防控期间，镇消安委办要每月组织研判会商，梳理、通报重点行业火灾情况。', '每月', null, 'monthly'],
    ['各社区要将工作情况于每月26日前报送镇消安委办。', '每月26日前', null, 'monthly:26'],
    ['每周四前报送《每周工作推进情况表》。', '每周四', null, 'weekly:4'],
  ])('%s', (text, dueText, deadline, recurring) => {
    const r = readDeadline(text, 2020)
    expect({ dueText: r.dueText, deadline: r.deadline, recurring: r.recurring }).toEqual({ dueText, deadline, recurring })
  })

  it('flags an event in the text that cannot be dated', () => {
    const r = readDeadline('原则上冬防结束前必须整改完毕。', 2020)
    expect(r).toMatchObject({ dueText: '冬防结束前', deadline: null, undatable: true })
  })

  it('finds nothing in prose without a deadline, and does not mistake prose for one', () => {
    expect(readDeadline('公安派出所要依法履行相关消防安全工作职责。', 2020).dueText).toBe('')
    expect(readDeadline('紧盯元旦、春节、元宵、“两会”等系列重大节庆、重要活动。', 2020).dueText).toBe('')
    expect(readDeadline('及时固化成果、总结经验。', 2020).dueText).toBe('')
  })
})

describe('rhythms', () => {
  it('gives the next day a rhythm falls due', () => {
    expect(nextDue('monthly:26', '2021-01-20')).toBe('2021-01-26')
    expect(nextDue('monthly:26', '2021-01-27')).toBe('2021-02-26')
    expect(nextDue('monthly:31', '2021-02-10')).toBe('2021-02-28')
    expect(nextDue('monthly:26', '2021-12-27')).toBe('2022-01-26')
    expect(nextDue('weekly:4', '2021-01-04')).toBe('2021-01-07')
    expect(nextDue('weekly:4', '2021-01-07')).toBe('2021-01-07')
    expect(nextDue('weekly:4', '2021-01-08')).toBe('2021-01-14')
    expect(nextDue('monthly', '2021-02-03')).toBe('2021-02-28')
    expect(nextDue('quarterly', '2021-05-03')).toBe('2021-06-30')
  })

  it('names them as offices write them', () => {
    expect(['monthly', 'monthly:26', 'weekly:4', 'quarterly'].map((r) => recurringLabel(r as never))).toEqual(['每月', '每月26日前', '每周四', '每季度末'])
  })
})
