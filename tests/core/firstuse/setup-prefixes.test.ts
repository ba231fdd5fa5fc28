import { describe, expect, it } from 'vitest'
import { settingsDefaults } from '../../../electron/core/settings/schema'
import { followingKeys, NUMBER_KEYS, prefixesFor, previewNumber, settingsOf, setupFormOf, type NumberKey } from '../../../src/views/setup/setup-form'

type Form = ReturnType<typeof setupFormOf>

/** Typing the office's short name on the setup page one character at a time, as the page's watcher sees it. */
function typeShortName(form: Form, following: Set<NumberKey>, text: string): void {
  for (const now of ['', ...[...text].map((_c, i) => text.slice(0, i + 1))]) {
    form.officeShortName = now
    Object.assign(form, prefixesFor(now, following))
  }
}
const prefixes = (form: Form) => NUMBER_KEYS.map((k) => form[k])

describe('the 文号 代字 on the setup page follow the office’s short name', () => {
  it('every 代字 of a fresh install becomes the office’s own as its short name is typed', () => {
    const form = setupFormOf(settingsDefaults)
    typeShortName(form, followingKeys(form), '白石镇消安委办')
    expect(previewNumber(form.docNumberRectificationNotice, 2026)).toBe('白石消安委办整改〔2026〕1号')
    expect(prefixes(form)).toEqual(['白石消安委办整改', '白石消安委办复', '白石消安委办函', '白石消安委办函', '白石消安委办约', '白石消安委办', '白石消安委办', '白石消安委办'])
    expect(prefixes(form).join()).not.toContain('柳市')
  })

  it('a 代字 written by hand stays as written while the others follow', () => {
    const form = setupFormOf(settingsDefaults)
    const following = followingKeys(form)
    form.docNumberCircular = '白石消安委'
    following.delete('docNumberCircular')
    typeShortName(form, following, '白石街道消安委办')
    expect(form.docNumberCircular).toBe('白石消安委')
    expect(form.docNumberQuarterlyReport).toBe('白石消安委办')
    expect(form.docNumberRectificationNotice).toBe('白石消安委办整改')
  })

  it('an office set up earlier with its own 代字 keeps them when it renames itself', () => {
    const form = setupFormOf({ ...settingsDefaults, officeShortName: '白石镇消安委办', docNumberRecheckOpinion: '白消复〔{年}〕{n}号', docNumberWarningLetter: '白石消安委办函〔{年}〕{n}号' })
    typeShortName(form, followingKeys(form), '白石镇安委办')
    expect(form.docNumberRecheckOpinion).toBe('白消复')
    expect(form.docNumberWarningLetter).toBe('白石安委办函')
  })
})

describe('the 经办人 the setup records', () => {
  it('is the first operator listed on the first run, else the 联系人, never “管理员”', () => {
    const form = { ...setupFormOf(settingsDefaults), contactPerson: '陈晓' }
    expect(settingsOf(form, [{ name: '吴丽', voidedAt: '2026-12-01T08:00:00Z' }, { name: '周建国', voidedAt: null }]).operatorName).toBe('周建国')
    expect(settingsOf(form, []).operatorName).toBe('陈晓')
  })

  it('stays as the office set it when the setup is opened again', () => {
    const form = setupFormOf({ ...settingsDefaults, setupDone: true, operatorName: '王晓东' })
    expect(settingsOf(form, [{ name: '周建国', voidedAt: null }]).operatorName).toBe('王晓东')
  })
})
