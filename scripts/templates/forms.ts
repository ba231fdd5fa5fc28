import { blank, body, contact, fill, flush, formFoot, formHead, group, items, pageNumberFooters, paras, recipient, signature, title } from '../../electron/core/documents/ooxml/blocks'
import { cell, FONT, field, para, pt, row, run, table, type Border, type RunStyle } from '../../electron/core/documents/ooxml/ooxml'
import { HALF_LINE, LINE, TEXT_WIDTH, type HeadersFooters } from '../../electron/core/documents/ooxml/package'
import { SMALL } from '../../electron/core/documents/ooxml/styles'

/*
 * The enforcement forms: 整改通知书, 复查意见书, 约谈通知书, 约谈笔录. Not 公文, so no red head:
 * the office and the form's name as the title, the number flush right, tables, and lines for
 * signatures.
 */

export interface TemplateSource {
  readonly body: string
  readonly hf: HeadersFooters
}

/*
 * Tables in 小四 (12 pt): 黑体 for the header row, 仿宋 for the cells, as in the quarterly report.
 * Rows split across pages and the header row repeats (ooxml.ts row()).
 */
const TABLE_HEAD: RunStyle = { font: FONT.hei, size: 12 }
const TABLE_CELL: RunStyle = { font: FONT.fang, size: 12 }
const TABLE_LINE = pt(15)
/*
 * The hazard list of a 整改通知书 in 五号 (10.5 pt) on a fixed 12 pt line, about Word's single
 * spacing for 仿宋: a notice of 25 hazards of 300 characters prints on six pages, as the office
 * asked. In 小四 on 15 pt it took eight (a hazard of 300 characters filled 12 lines of 5.3 mm;
 * now 10 of 4.2 mm, 38 characters a line), and no 小四 layout fits 25 such hazards in six.
 */
const HAZARD_HEAD: RunStyle = { font: FONT.hei, size: 10.5 }
const HAZARD_CELL: RunStyle = { font: FONT.fang, size: 10.5 }
const HAZARD_LINE = pt(12)
const HAZARD_INDEX_WIDTH = 600
const grid: Border = { val: 'single', sz: 4, space: 0, color: '000000' }
const allGrid = { top: grid, left: grid, bottom: grid, right: grid, insideH: grid, insideV: grid }
const INDEX_WIDTH = 700

const cellPara = (text: string, s: RunStyle, center: boolean, line = TABLE_LINE) =>
  para(run(text, s), { style: 'FDTable', align: center ? 'center' : 'both', line, mark: s })

/** A table whose second row repeats per item: `{#name}` in its first cell, `{/name}` in its last. */
function loopTable(name: string, columns: readonly { head: string; tag: string; width: number; center?: boolean }[]): string {
  const widths = columns.map((c) => c.width)
  widths[widths.length - 1] = TEXT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0)
  const head = row(
    columns.map((c, i) => cell(cellPara(c.head, TABLE_HEAD, true), { width: widths[i] ?? 0, vAlign: 'center' })),
    { header: true, minHeight: pt(24) },
  )
  const last = columns.length - 1
  const item = row(
    columns.map((c, i) => {
      const text = `${i === 0 ? `{#${name}}` : ''}{${c.tag}}${i === last ? `{/${name}}` : ''}`
      return cell(cellPara(text, TABLE_CELL, c.center ?? false), { width: widths[i] ?? 0, vAlign: 'center' })
    }),
    { minHeight: pt(24) },
  )
  return table({ widths, rows: [head, item], borders: allGrid })
}

/*
 * The hazards of a 整改通知书: two rows each, the description across the width (it may run to
 * 2 000 characters) and under it the basis and the requirement; the number spans both rows.
 */
function hazardTable(): string {
  const index = HAZARD_INDEX_WIDTH
  const wide = TEXT_WIDTH - index
  const widths = [index, wide]
  const cellOf = (text: string, center: boolean) => cellPara(text, HAZARD_CELL, center, HAZARD_LINE)
  const head = row(
    [
      cell(cellPara('序号', HAZARD_HEAD, true, HAZARD_LINE), { width: index, vAlign: 'center' }),
      cell(cellPara('隐患、依据和整改要求', HAZARD_HEAD, true, HAZARD_LINE), { width: wide, vAlign: 'center' }),
    ],
    { header: true },
  )
  const described = row([
    cell(cellOf('{#hazards}{index}', true), { width: index, vMerge: 'restart', vAlign: 'center' }),
    cell(cellOf('{description}', false), { width: wide }),
  ])
  const required = row([
    cell(cellOf('', true), { width: index, vMerge: 'continue' }),
    cell(cellOf('{#basis}依据：{basis}；{/basis}整改要求：{requirement}{/hazards}', false), { width: wide }),
  ])
  return table({ widths, rows: [head, described, required], borders: allGrid })
}

/*
 * The lines where people sign, half a line under the signature block rather than a whole blank
 * line of the grid: the 10 mm a blank takes are what a long notice needs to end on its page.
 */
const signLines = (...lines: (string | number)[][]): string =>
  lines.map((parts, i) => flush(parts.map((p) => (typeof p === 'number' ? fill(p) : run(p))).join(''), { line: LINE, ...(i === 0 ? { before: HALF_LINE } : {}) })).join('')

export function rectificationNotice(): TemplateSource {
  const text =
    formHead('消防安全隐患限期整改通知书') +
    recipient('subjectName') +
    body(
      run(
        '{inspectionDate}，我办检查人员{inspectors}对你单位（场所）进行了消防安全检查' +
          '{#subjectAddress}（检查地址：{subjectAddress}）{/subjectAddress}，发现存在下列消防安全隐患：',
      ),
    ) +
    hazardTable() +
    body(
      run(
        '请你单位于{deadline}前将上述隐患整改完毕。整改期间，应当采取措施确保消防安全；整改完毕后，及时书面报告我办，我办将组织复查。' +
          '逾期未整改或整改不到位的，我办将依次采取函告、约谈、挂牌督办等措施，并通报所在村（社区）；依法应当给予行政处罚的，移送有关部门查处。',
      ),
    ) +
    contact() +
    signature() +
    signLines(['检查人员（签名）：', 10], ['被检查单位签收人：', 6, '　签收日期：', 6]) +
    formFoot('被检查单位')
  return { body: text, hf: pageNumberFooters() }
}

export function recheckOpinion(): TemplateSource {
  const text =
    formHead('复查意见书') +
    recipient('subjectName') +
    body(
      run('根据《消防安全隐患限期整改通知书》（{noticeNumber}），我办复查人员{inspectors}于{recheckDate}对你单位（场所）隐患整改情况进行了复查，情况如下：'),
    ) +
    loopTable('results', [
      { head: '序号', tag: 'index', width: INDEX_WIDTH, center: true },
      { head: '隐患', tag: 'description', width: 3500 },
      { head: '复查情况', tag: 'finding', width: 3100 },
      { head: '结论', tag: 'outcome', width: 0, center: true },
    ]) +
    body(run('复查意见：')) +
    paras('conclusion') +
    contact() +
    signature() +
    signLines(['复查人员（签名）：', 10], ['被复查单位签收人：', 6, '　签收日期：', 6]) +
    formFoot('被复查单位')
  return { body: text, hf: pageNumberFooters() }
}

export function interviewNotice(): TemplateSource {
  const text =
    formHead('约谈通知书') +
    flush(run('{intervieweeUnit}{intervieweePost}{interviewee}同志：')) +
    paras('reason') +
    body(run('经研究，决定对你进行{interviewKind}。现将有关事项通知如下：')) +
    body(run('一、约谈时间：{time}')) +
    body(run('二、约谈地点：{place}')) +
    body(run('三、请携带以下材料：')) +
    items('bring') +
    body(
      run('请准时参加。因故不能参加的，应当提前向我办说明理由，经同意后另行安排时间；无正当理由不参加约谈的，我办将按规定采取挂牌督办、通报等措施。'),
    ) +
    contact() +
    signature() +
    signLines(['被约谈人签收：', 6, '　签收日期：', 6]) +
    formFoot('被约谈人')
  return { body: text, hf: pageNumberFooters() }
}

/*
 * 约谈笔录: 第 N 页 共 M 页 at the top right of every page, and at the foot of every page
 * 以上记录属实 with the line where the interviewee signs each page.
 */
export function interviewMinutes(): TemplateSource {
  const line = (label: string, tag: string) => flush(run(`${label}：{${tag}}`))
  const text =
    title('约谈笔录') +
    blank(1) +
    line('约谈类别', 'interviewKind') +
    line('时　　间', 'time') +
    line('地　　点', 'place') +
    line('约谈人员', 'interviewers') +
    line('记录人员', 'recorder') +
    line('被约谈人', 'interviewee') +
    flush(run('单位职务：{intervieweeUnit}{intervieweePost}')) +
    line('联系电话', 'intervieweePhone') +
    flush(run('约谈事由：')) +
    paras('reason') +
    group('exchanges', flush(run('问：{question}')) + flush(run('答：{answer}'))) +
    flush(run('被约谈人承诺：')) +
    items('commitments') +
    signLines(['约谈人员（签名）：', 8], ['记录人员（签名）：', 8])
  const pageOf = para(run('第 ', SMALL) + field('PAGE', '1', SMALL) + run(' 页　共 ', SMALL) + field('NUMPAGES', '1', SMALL) + run(' 页', SMALL), {
    align: 'right',
    
    line: pt(20),
    mark: SMALL,
  })
  const foot =
    para(run('以上记录属实。', SMALL), { line: pt(20), mark: SMALL }) +
    para(run('被约谈人（签名）：', SMALL) + fill(8, SMALL) + run('　日期：', SMALL) + fill(6, SMALL), { line: pt(20), mark: SMALL })
  return { body: text, hf: { oddHeader: pageOf, evenHeader: pageOf, oddFooter: foot, evenFooter: foot } }
}
