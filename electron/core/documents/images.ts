import type PizZip from 'pizzip'
import type { TemplateView } from './types'

/*
 * Pictures in a document without docxtemplater's paid image module: a kind's view carries each
 * picture as `drawing` (the paragraph that shows it, for a {@drawing} tag) and `png` (base64);
 * after rendering, the PNGs go into word/media with their relationships. Word, WPS and older
 * Word read PNG everywhere (SVG needs Word 2016 or later).
 */

const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'
const EMU_PER_MM = 36000

export interface Picture {
  /** 1, 2, …: names the part (word/media/fd-picture-1.png) and its relationship (rIdFdPicture1) */
  readonly n: number
  readonly widthMm: number
  readonly heightMm: number
  readonly title: string
}

/** The paragraph showing picture `n`, centred, its line as tall as the picture. */
export function drawingParagraph(p: Picture): string {
  const cx = Math.round(p.widthMm * EMU_PER_MM)
  const cy = Math.round(p.heightMm * EMU_PER_MM)
  const name = p.title.replace(/[<>&"]/g, '')
  return (
    '<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${1000 + p.n}" name="${name}"/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${1000 + p.n}" name="fd-picture-${p.n}.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="rIdFdPicture${p.n}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  )
}

/** Adds the view's pictures (items of its `charts` list with a png) to the rendered package. */
export function addPictures(zip: PizZip, view: TemplateView): void {
  const list = Array.isArray(view.charts) ? (view.charts as readonly TemplateView[]) : []
  const pictures = list.flatMap((c, i) => (typeof c.png === 'string' && c.png !== '' ? [{ n: i + 1, png: c.png }] : []))
  if (pictures.length === 0) return
  const rels = zip.file('word/_rels/document.xml.rels')?.asText() ?? ''
  const types = zip.file('[Content_Types].xml')?.asText() ?? ''
  for (const p of pictures) zip.file(`word/media/fd-picture-${p.n}.png`, Buffer.from(p.png, 'base64'))
  const added = pictures.map((p) => `<Relationship Id="rIdFdPicture${p.n}" Type="${REL_IMAGE}" Target="media/fd-picture-${p.n}.png"/>`).join('')
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', `${added}</Relationships>`))
  if (!types.includes('Extension="png"')) zip.file('[Content_Types].xml', types.replace('<Default ', '<Default Extension="png" ContentType="image/png"/><Default '))
}
