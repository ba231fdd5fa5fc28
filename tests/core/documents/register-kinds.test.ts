import { describe, expect, it } from 'vitest'
import { documentKinds } from '../../../electron/core/documents/kinds'
import type { FormField } from '../../../electron/core/documents/register/types'
import { smallLedger } from '../cases/fixtures'
import { fileText, useDocsApps } from './register-helpers'

const newApp = useDocsApps()

/** The names a form edits, with the columns of its tables, as `hazards.description`. */
const formNames = (fields: readonly FormField[], prefix = ''): string[] =>
  fields.flatMap((f) => [`${prefix}${f.name}`, ...(f.type === 'rows' ? formNames(f.columns, `${prefix}${f.name}.`) : [])]).sort()

/** The same for data: every key, and the keys of the first item of each list of objects. */
const dataNames = (data: Readonly<Record<string, unknown>>, prefix = ''): string[] =>
  Object.entries(data)
    .filter(([k]) => k !== 'number')
    .flatMap(([k, v]) => {
      const first: unknown = Array.isArray(v) ? v[0] : undefined
      const nested = first !== null && typeof first === 'object' ? dataNames(first as Record<string, unknown>, `${prefix}${k}.`) : []
      return [`${prefix}${k}`, ...nested]
    })
    .sort()

describe('documents/kinds', () => {
  it('gives each kind a form for exactly the fields of its data, and its numbering', async () => {
    const app = newApp()
    const kinds = await app.call('documents/kinds', {})
    expect(kinds.map((k) => k.code)).toEqual(documentKinds.map((k) => k.code))
    for (const info of kinds) {
      const kind = documentKinds.find((k) => k.code === info.code)
      expect(formNames(info.fields), info.code).toEqual(dataNames(kind?.fixture ?? {}))
    }
    const byCode = Object.fromEntries(kinds.map((k) => [k.code, k]))
    expect(byCode.interview_minutes).toMatchObject({ numbered: false, numberPattern: null })
    expect(byCode.warning_letter).toMatchObject({ numbered: true, numberPattern: '柳市消安委办函〔{年}〕{n}号', batchable: true, caseStep: null })
    expect(byCode.rectification_notice).toMatchObject({ caseStep: 'notice', batchable: false })
    expect(byCode.recheck_opinion?.caseStep).toBe('recheck')
  })

  it('drafts every kind with the fields of its form, from a subject', async () => {
    const app = newApp()
    const { shop } = await smallLedger(app)
    const kinds = await app.call('documents/kinds', {})
    for (const info of kinds) {
      const draft = await app.call('documents/draft', { kind: info.code, subjectId: shop.id })
      expect(Object.keys(draft.data).sort(), info.code).toEqual(info.fields.map((f) => f.name).sort())
      expect(draft.subjectId).toBe(shop.id)
    }
  })

  it('issues every kind from its sample data, with its number in the file', async () => {
    const app = newApp()
    app.clock.set('2024-04-30T03:00:00.000Z')
    for (const kind of documentKinds) {
      const { number: _sample, ...data } = kind.fixture
      const doc = await app.call('documents/issue', { kind: kind.code, data })
      if (doc.number !== null) expect(fileText(doc.path), kind.code).toContain(doc.number)
    }
    expect((await app.call('documents/list', { pageSize: 50 })).total).toBe(documentKinds.length)
  })
})
