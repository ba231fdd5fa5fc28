import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import PizZip from 'pizzip'

/*
 * Where the ink lands: LibreOffice renders the .docx to PDF with the official font names mapped
 * to the free Fandol faces, and pdftotext -bbox gives every word's box. Used by the sample
 * renderer (to print the measurements) and by the layout test.
 */

const PT_PER_MM = 72 / 25.4

export interface Word {
  readonly page: number
  readonly text: string
  /** millimetres from the page's left and top edges */
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

export const hasCommand = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

/*
 * The font map (a copy of the team's ../shared/fonts/official-fonts.conf, kept in the repository so
 * that a clone anywhere (run from its root) measures with the official faces): FONTCONFIG_FILE when set, else the copy.
 * It maps the official names to the Fandol faces of texlive-lang-chinese; without them it is null.
 */
const FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'
export const fontConfig = (): string | null => {
  if (process.env.FONTCONFIG_FILE) return process.env.FONTCONFIG_FILE
  return existsSync(FANDOL) ? resolve('scripts', 'templates', 'official-fonts.conf') : null
}

/*
 * LibreOffice reads w:overflowPunct the wrong way round: val="0" (Word: punctuation must not hang
 * past the margin) makes it hang line-end commas 5 mm into the margin. The copy it prints has the
 * value flipped, so it lays out as Word and WPS do; the .docx itself stays as Word wants it.
 */
function asWordLaysOut(bytes: Buffer): Buffer {
  const zip = new PizZip(bytes)
  for (const name of Object.keys(zip.files).filter((n) => /^word\/\w+\.xml$/.test(n))) {
    const xml = zip.file(name)?.asText() ?? ''
    if (xml.includes('w:overflowPunct w:val="0"')) zip.file(name, xml.replaceAll('w:overflowPunct w:val="0"', 'w:overflowPunct w:val="1"'))
  }
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** Converts .docx files to <name>.pdf in `outDir` (one LibreOffice run, its own profile). */
export function toPdf(docxFiles: readonly string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'firedesk-soffice-'))
  const copies = mkdtempSync(join(tmpdir(), 'firedesk-print-'))
  const conf = fontConfig()
  try {
    const printed = docxFiles.map((f) => {
      const copy = join(copies, basename(f))
      writeFileSync(copy, asWordLaysOut(readFileSync(f)))
      return copy
    })
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...printed], {
      env: { ...process.env, ...(conf ? { FONTCONFIG_FILE: conf } : {}) },
      stdio: 'pipe',
      timeout: 120_000,
    })
  } finally {
    rmSync(profile, { recursive: true, force: true })
    rmSync(copies, { recursive: true, force: true })
  }
}

/** Every word of a PDF with its box in millimetres. */
export function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  const out: Word[] = []
  let page = 0
  for (const m of html.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1] === undefined) {
      page++
      continue
    }
    const mmOf = (v: string | undefined) => Number(v) / PT_PER_MM
    out.push({ page, text: m[5] ?? '', left: mmOf(m[1]), top: mmOf(m[2]), right: mmOf(m[3]), bottom: mmOf(m[4]) })
  }
  return out
}

/** Distinct line tops of the words on a page, ascending (words of one line share a top ±0.5 mm). */
export function lineTops(ws: readonly Word[]): number[] {
  const tops: number[] = []
  for (const t of ws.map((w) => w.top).sort((a, b) => a - b)) {
    const last = tops[tops.length - 1]
    if (last === undefined || t - last > 0.5) tops.push(t)
  }
  return tops
}
