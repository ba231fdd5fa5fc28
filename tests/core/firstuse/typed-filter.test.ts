import { beforeAll, describe, expect, it } from 'vitest'
import { loadPinyin, offeredFor } from '../../../src/utils/typed-filter'

const offered = (typed: string, labels: string[]): string[] => labels.filter((label) => offeredFor(typed, { label, value: label }))

describe('what a picker offers for what was typed', () => {
  const categories = ['违规用火用电用气', '消防设施损坏', '疏散通道堵塞', '电动自行车违规充电']
  beforeAll(() => loadPinyin())

  it('finds labels by part of their text, as before', () => {
    expect(offered('通道', categories)).toEqual(['疏散通道堵塞'])
    expect(offered(' 消防 ', categories)).toEqual(['消防设施损坏'])
  })

  it('finds labels by the initials or the whole pinyin typed in Latin letters, in any case', () => {
    expect(offered('wgyh', categories)).toEqual(['违规用火用电用气'])
    expect(offered('WGYH', categories)).toEqual(['违规用火用电用气'])
    expect(offered('ddzxc', categories)).toEqual(['电动自行车违规充电'])
    expect(offered('shusan', categories)).toEqual(['疏散通道堵塞'])
    expect(offered('xfss', categories)).toEqual(['消防设施损坏'])
  })

  it('offers nothing for letters that spell none of them, and reads a name with its role in brackets', () => {
    expect(offered('zzz', categories)).toEqual([])
    expect(offered('czq', ['陈志强（审核）', '黄丽娜（经办）'])).toEqual(['陈志强（审核）'])
  })

  it('falls back to the value when the label is not text', () => {
    expect(offeredFor('2024', { label: undefined, value: 2024 })).toBe(true)
    expect(offeredFor('x', { label: undefined, value: undefined })).toBe(false)
  })
})
