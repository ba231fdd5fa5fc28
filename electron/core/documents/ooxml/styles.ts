import { BODY, CONDENSED, FONT, RED, esc, rPr, type RunStyle } from './ooxml'

/*
 * styles.xml and fontTable.xml. Every run of the templates carries its formatting directly (so a
 * copy-paste in WPS keeps it); the named styles repeat it so that staff who add a paragraph in
 * Word pick 公文正文 or 公文标题 from the style list and get the same look.
 */

export const TITLE: RunStyle = { font: FONT.xbs, size: 22 }
export const HEADING1: RunStyle = { font: FONT.hei, size: 16, spacing: CONDENSED }
export const SMALL: RunStyle = { font: FONT.fang, size: 14 }
export const PAGE_NUMBER: RunStyle = { font: FONT.song, size: 14 }
export const RED_HEAD: RunStyle = { font: FONT.xbs, size: 36, color: RED }

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

function paragraphStyle(id: string, name: string, s: RunStyle, pPr = ''): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${esc(name)}"/>` +
    `<w:basedOn w:val="Normal"/><w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr(s)}</w:style>`
  )
}

export function stylesXml(bodyLine: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}>` +
    `<w:docDefaults><w:rPrDefault>${rPr(BODY)}</w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="${bodyLine}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    // Normal is the body's look, so a paragraph staff add lays out like the template's own.
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:overflowPunct w:val="0"/><w:snapToGrid w:val="0"/></w:pPr>${rPr(BODY)}</w:style>` +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    paragraphStyle('FDBody', '公文正文', BODY, '<w:ind w:firstLineChars="200" w:firstLine="640"/>') +
    paragraphStyle('FDTitle', '公文标题', TITLE, '<w:jc w:val="center"/>') +
    paragraphStyle('FDHead', '发文机关标志', RED_HEAD, '<w:jc w:val="center"/>') +
    paragraphStyle('FDNumber', '发文字号', BODY, '<w:jc w:val="center"/>') +
    paragraphStyle('FDHeading1', '一级标题', HEADING1, '<w:ind w:firstLineChars="200" w:firstLine="640"/>') +
    paragraphStyle('FDSignName', '发文机关署名', BODY, '<w:jc w:val="right"/>') +
    paragraphStyle('FDSignDate', '成文日期', BODY, '<w:jc w:val="right"/>') +
    paragraphStyle('FDTable', '表格文字', SMALL) +
    paragraphStyle('FDEnd', '版记', SMALL) +
    paragraphStyle('FDPageNumber', '页码', PAGE_NUMBER) +
    '</w:styles>'
  )
}

/** charset 86 = GB2312; altName is what Word and WPS use when the preferred face is missing. */
const fonts: readonly { name: string; alt: string; family: string }[] = [
  { name: FONT.fang, alt: '仿宋', family: 'modern' },
  { name: FONT.xbs, alt: '宋体', family: 'roman' },
  { name: FONT.song, alt: 'SimSun', family: 'roman' },
  { name: FONT.hei, alt: 'SimHei', family: 'modern' },
  { name: FONT.kai, alt: '楷体', family: 'modern' },
]

export function fontTableXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts ${W_NS}>` +
    fonts
      .map(
        (f) =>
          `<w:font w:name="${esc(f.name)}"><w:altName w:val="${esc(f.alt)}"/><w:charset w:val="86"/>` +
          `<w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
      )
      .join('') +
    '</w:fonts>'
  )
}
