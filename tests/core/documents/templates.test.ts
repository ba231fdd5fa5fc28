import { readFileSync } from 'node:fs'
import PizZip from 'pizzip'
import { describe, expect, it } from 'vitest'
import { documentKinds } from '../../../electron/core/documents/kinds'
import { sampleSettings } from '../../../electron/core/documents/sample'
import type { TagSpec } from '../../../electron/core/documents/types'
import { buildTemplate } from '../../../scripts/templates/build'
import { textOf } from './docx'

const SETTINGS_TAGS = ['officeName', 'officeMark', 'officeTitle', 'hasContact', 'contactPerson', 'contactPhone', 'printedBy']
const names = (tags: readonly TagSpec[]): string[] => tags.flatMap((t) => [t.name, ...(t.type === 'rows' ? names(t.columns) : [])])

describe.each(documentKinds.map((k) => [k.code, k] as const))('templates/%s.docx', (code, kind) => {
  const shipped = readFileSync(`templates/${code}.docx`)

  it('is exactly what the generator writes (regenerate with npx tsx scripts/templates/generate.ts)', () => {
    const built = buildTemplate(code)
    expect(built.equals(buildTemplate(code))).toBe(true)
    expect(built.equals(shipped)).toBe(true)
  })

  it('has its fixture in templates/fixtures', () => {
    expect(JSON.parse(readFileSync(`templates/fixtures/${code}.json`, 'utf8'))).toEqual(kind.fixture)
  })

  it('lists every value it fills in, with a Chinese description, and uses each of its own tags', () => {
    for (const t of kind.tags) expect(t.label, t.name).toMatch(/[\u4e00-\u9fa5]/)
    const listed = names(kind.tags)
    expect(listed).toEqual(expect.arrayContaining(Object.keys(kind.view(kind.fixture, sampleSettings))))
    const zip = new PizZip(shipped)
    const text = Object.keys(zip.files)
      .filter((n) => /^word\/(document|header\d|footer\d)\.xml$/.test(n))
      .map((n) => textOf(zip.file(n)?.asText() ?? ''))
      .join('\n')
    for (const tag of listed.filter((n) => !SETTINGS_TAGS.includes(n))) expect(text, tag).toMatch(new RegExp(`\\{[#/@]?${tag}\\}`))
  })
})
