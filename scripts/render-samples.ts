import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { documentKinds } from '../electron/core/documents/kinds'
import { render } from '../electron/core/documents/render'
import { sampleSettings } from '../electron/core/documents/sample'
import { longData } from './templates/long-samples'
import { fontConfig, hasCommand, lineTops, toPdf, words, type Word } from './templates/pdf-layout'

/*
 * Renders every kind from its fixture, and again with long data (<kind>-long: long names and
 * titles, 25 hazards of 300 characters, a town's villages), so a person can look at the documents:
 *   npm run docs:render-samples -- [outDir]        (default test-output/samples)
 * Writes <kind>.docx and <kind>-long.docx; where LibreOffice and poppler are installed, also <kind>.pdf and
 * <kind>-<page>.png, and prints where the ink lands on each page (GB/T 9704: text inside the
 * 版心 28–184 mm × 37–262 mm, page number near 269 mm, body lines 10.2 mm apart).
 */

const outDir = resolve(process.argv[2] ?? join('test-output', 'samples'))
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

const docxFiles: string[] = []
const samples = documentKinds.flatMap((kind) => [
  { name: kind.code, kind, data: kind.fixture as unknown },
  { name: `${kind.code}-long`, kind, data: longData(kind.code) as unknown },
])
for (const s of samples) {
  const file = join(outDir, `${s.name}.docx`)
  writeFileSync(file, render(s.kind.code, s.data, sampleSettings))
  docxFiles.push(file)
  console.log(`${s.name}.docx  ${s.kind.name}`)
}

const f = (v: number) => v.toFixed(1).padStart(5)

function describePage(ws: readonly Word[]): string {
  const pageNumber = ws.filter((w) => w.top > 262)
  const inside = ws.filter((w) => w.top <= 262)
  const tops = lineTops(inside)
  const gaps = tops.slice(1).map((t, i) => t - (tops[i] ?? t)).filter((g) => g > 9 && g < 11.5)
  gaps.sort((a, b) => a - b)
  const pitch = gaps.length ? (gaps[Math.floor(gaps.length / 2)] ?? 0) : NaN
  const x = (pick: (w: Word) => number, fn: (...v: number[]) => number) => fn(...inside.map(pick))
  return (
    `text ${f(x((w) => w.left, Math.min))}–${f(x((w) => w.right, Math.max))} mm across, ` +
    `${f(x((w) => w.top, Math.min))}–${f(x((w) => w.bottom, Math.max))} mm down; ` +
    `body pitch ${Number.isNaN(pitch) ? '  –  ' : f(pitch)} mm; ` +
    (pageNumber.length ? `below 262 mm: "${pageNumber.map((w) => w.text).join(' ')}" at ${f(Math.min(...pageNumber.map((w) => w.top)))} mm` : 'nothing below 262 mm')
  )
}

if (!hasCommand('soffice') || !hasCommand('pdftoppm')) {
  console.log('\nLibreOffice (soffice) or poppler (pdftoppm) is not installed: .docx only.')
} else {
  if (!fontConfig()) console.log('\nthe Fandol fonts (texlive-lang-chinese) are not installed: LibreOffice will substitute fonts.')
  toPdf(docxFiles, outDir)
  for (const s of samples) {
    const pdf = join(outDir, `${s.name}.pdf`)
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(outDir, s.name)])
    const all = words(pdf)
    const pages = Math.max(...all.map((w) => w.page))
    console.log(`\n${s.name} (${pages} page${pages > 1 ? 's' : ''})`)
    for (let p = 1; p <= pages; p++) console.log(`  page ${p}: ${describePage(all.filter((w) => w.page === p))}`)
  }
  const pngs = readdirSync(outDir).filter((n) => n.endsWith('.png'))
  console.log(`\n${pngs.length} PNG pages in ${outDir}`)
}
