import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { documentKinds } from '../../../electron/core/documents/kinds'
import { render } from '../../../electron/core/documents/render'
import { sampleSettings } from '../../../electron/core/documents/sample'

/*
 * python-docx (Debian's python3-docx, run with /usr/bin/python3) as a reader independent of our
 * own XML parsing: it must open every rendered document and find the same page settings.
 */

const READER = `
import json, sys, docx
out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    s = d.sections[0]
    body = [p for p in d.paragraphs if p.style.name == '公文正文' and p.text]
    out[path] = {
        'page': [s.page_width.twips, s.page_height.twips],
        'margins': [s.top_margin.twips, s.bottom_margin.twips, s.left_margin.twips, s.right_margin.twips],
        'footer': s.footer_distance.twips,
        'firstPage': s.different_first_page_header_footer,
        'oddEven': d.settings.odd_and_even_pages_header_footer,
        'bodySizes': sorted({r.font.size.pt for p in body for r in p.runs if r.text}),
        'bodyFonts': sorted({r.font.name for p in body for r in p.runs if r.text}),
        'text': '\\n'.join(p.text for p in d.paragraphs),
    }
print(json.dumps(out, ensure_ascii=False))
`

const dir = mkdtempSync(join(tmpdir(), 'firedesk-python-docx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('python-docx reads every rendered document with the GB/T 9704 page', () => {
  const files = documentKinds.map((k) => {
    const file = join(dir, `${k.code}.docx`)
    writeFileSync(file, render(k.code, k.fixture, sampleSettings))
    return { kind: k, file }
  })
  const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', READER, ...files.map((f) => f.file)], { encoding: 'utf8' })) as Record<
    string,
    { page: number[]; margins: number[]; footer: number; firstPage: boolean; oddEven: boolean; bodySizes: number[]; bodyFonts: string[]; text: string }
  >
  for (const { kind, file } of files) {
    const r = read[file]
    expect(r, kind.code).toMatchObject({
      page: [11906, 16838],
      margins: [2098, 1984, 1587, 1474],
      footer: 1134,
      firstPage: kind.format === 'letter',
      oddEven: true,
      bodySizes: [16],
      bodyFonts: ['仿宋_GB2312'],
    })
    expect(r?.text, kind.code).not.toMatch(/[{}]/)
  }
})
