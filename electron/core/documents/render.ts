import Docxtemplater from 'docxtemplater'
import PizZip from 'pizzip'
import { AppError, isAppError } from '../errors'
import { builtinTemplate } from './builtin'
import { compiledTemplate } from './compiled'
import { fitHeads } from './head-fit'
import { addPictures } from './images'
import { kindOf } from './kinds'
import { placeSignature, type SignatureLayout } from './signature'
import { translateTemplateError } from './template-errors'
import type { DocumentKindCode, RenderSettings, TemplateView } from './types'
import { packDocx } from './zip'

/*
 * The render engine: a kind's data and the office's settings into a .docx. The same input gives
 * the same bytes (fixed zip entry times), so a reprint of a frozen document has the hash that
 * the register stored at issue.
 */

export interface RenderOptions {
  /** staff's replacement template for this kind (checked when it was accepted); default: the shipped one */
  readonly template?: Uint8Array
}

export function render(kind: DocumentKindCode, data: unknown, settings: RenderSettings, options: RenderOptions = {}): Buffer {
  const view = kindOf(kind).view(data, settings)
  // settings frozen before the setting existed were sealed documents
  return renderView(options.template ?? builtinTemplate(kind), view, { sealed: settings.docSealed !== false })
}

export function openTemplate(bytes: Uint8Array): PizZip {
  try {
    return new PizZip(bytes)
  } catch {
    throw new AppError('VALIDATION', '模板文件不是有效的 Word 文档（.docx），请在 Word 或 WPS 中另存为 .docx 后再试', 'template')
  }
}

/** A missing value is an error naming the field, never the word "undefined" in a document. */
function nullGetter(part: { value: string }): never {
  throw new AppError('VALIDATION', `模板字段「${part.value}」没有数据`, part.value)
}

/** docxtemplater with the options every template is compiled with (the check uses the same); throws docxtemplater's own errors. */
export function newDocxtemplater(zip: PizZip, modules: Docxtemplater.DXT.Module[] = []): Docxtemplater {
  return new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, nullGetter, errorLogging: false, modules })
}

function templateAppError(e: unknown, zip: PizZip): unknown {
  const problems = translateTemplateError(e, zip)
  if (!problems) return e
  return new AppError('VALIDATION', `模板有错误：${problems.map((p) => p.message).join('；')}`, 'template')
}

export function renderView(template: Uint8Array, view: TemplateView, layout: SignatureLayout = { sealed: true }): Buffer {
  let zip: PizZip
  try {
    zip = compiledTemplate(template, (z) => newDocxtemplater(z)).render(view)
  } catch (e) {
    // not a .docx at all: openTemplate says so; else the template's own errors, in Chinese
    throw isAppError(e) ? e : templateAppError(e, openTemplate(template))
  }
  settle(zip, layout)
  addPictures(zip, view)
  return packDocx(zip)
}

/*
 * What the template cannot do by itself, once the text is in: the 署名 and date placed for their
 * lengths, and a long office name narrowed to stay on the 标志's one line. Parts left unchanged
 * keep their compressed bytes.
 */
function settle(zip: PizZip, layout: SignatureLayout): void {
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(document|header\d+)\.xml$/.test(n))) {
    const xml = zip.file(name)?.asText() ?? ''
    const settled = fitHeads(name === 'word/document.xml' ? placeSignature(xml, layout) : xml)
    if (settled !== xml) zip.file(name, settled)
  }
}
