import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkTemplate } from '../../../electron/core/documents/check'
import { documentKinds } from '../../../electron/core/documents/kinds'
import { editTemplate } from './docx'

const shipped = readFileSync('templates/rectification_notice.docx')
const check = (from: string, to: string) => checkTemplate('rectification_notice', editTemplate(shipped, from, to))
const messages = (from: string, to: string) => check(from, to).problems.map((p) => p.message)

describe('template check', () => {
  it('accepts every shipped template without a remark', () => {
    for (const kind of documentKinds) {
      expect(checkTemplate(kind.code, readFileSync(`templates/${kind.code}.docx`)), kind.code).toEqual({ ok: true, problems: [] })
    }
  })

  it('flags full-width braces typed with a Chinese input method', () => {
    const r = check('{subjectName}：', '｛subjectName｝：')
    expect(r.ok).toBe(false)
    expect(r.problems).toEqual([
      {
        level: 'error',
        tag: '｛subjectName｝',
        where: '正文',
        context: '｛subjectName｝：',
        message: '正文「｛subjectName｝：」：「｛subjectName｝」用了全角大括号（中文输入法打出的），不是字段；请切换到英文输入法改为「{subjectName}」',
      },
    ])
  })

  it('flags a table loop that is never closed', () => {
    expect(messages('{/hazards}', '')).toEqual(['正文「{#hazards}{index}」：循环「hazards」没有结束标记 {/hazards}'])
  })

  it('flags a loop closed under another name', () => {
    expect(messages('{/hazards}', '{/hazard}')).toEqual(['正文「{#hazards}{index}」：开始标记 {#hazards} 与结束标记 {/hazard} 不是一对，应写成 {/hazards}'])
  })

  it('flags an unknown tag and suggests the one meant', () => {
    expect(messages('{inspectors}', '{inspector}')).toEqual([
      '正文「…Date}，我办检查人员{inspector}对你单位（场所）进行了消…」：字段「inspector」不是本文书的字段，是不是「inspectors」（检查人员）？',
    ])
    expect(messages('{inspectors}', '{负责人}')).toEqual([
      '正文「…Date}，我办检查人员{负责人}对你单位（场所）进行了消…」：字段「负责人」不是本文书的字段（可用的字段见字段列表）',
    ])
  })

  it('flags a missing closing brace with the text around it', () => {
    expect(messages('{deadline}', '{deadline')).toEqual(['正文「请你单位于{deadline前将上述隐患整改完毕。整…」：字段「deadline」缺少右大括号 }'])
  })

  it('flags a list field written as plain text and {.} outside a paragraph loop', () => {
    expect(messages('{inspectors}', '{hazards}')).toEqual(['正文「…Date}，我办检查人员{hazards}对你单位（场所）进行了消…」：「hazards」（隐患清单（表格行：第一格写 {#hazards}，最后一格写 {/hazards}））要写成循环：{#hazards} 和 {/hazards}'])
    expect(messages('{inspectors}', '{.}')).toEqual(['正文「…Date}，我办检查人员{.}对你单位（场所）进行了消…」：{.} 只能写在段落循环里（{#段落字段} 与 {/段落字段} 之间）'])
  })

  it('reports several mistakes at once', () => {
    const template = editTemplate(editTemplate(shipped, '{/hazards}', ''), '{subjectName}：', '｛subjectName｝：')
    expect(checkTemplate('rectification_notice', template).problems.map((p) => p.tag)).toEqual(['｛subjectName｝', '#hazards'])
  })

  it('warns about a head in a text box but accepts the template', () => {
    const boxed = '<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>柳市镇消防安全委员会办公室</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>'
    const r = check('<w:body>', `<w:body>${boxed}`)
    expect(r.ok).toBe(true)
    expect(r.problems.map((p) => [p.level, p.message])).toEqual([
      ['warning', '正文「柳市镇消防安全委员会办公室」：这段内容放在了文本框里。发文机关标志、文号和红色分隔线应使用段落和段落边框，文本框在 WPS 和 Word 中位置会漂移'],
    ])
  })

  it('refuses a file that is not a .docx', () => {
    expect(checkTemplate('circular', Buffer.from('这不是 Word 文件'))).toEqual({
      ok: false,
      problems: [
        {
          level: 'error',
          tag: null,
          where: '文档',
          context: '',
          message: '文档：模板文件不是有效的 Word 文档（.docx），请在 Word 或 WPS 中另存为 .docx 后再试',
        },
      ],
    })
  })

  it("refuses another kind's template: its tags are unknown here", () => {
    const r = checkTemplate('circular', readFileSync('templates/warning_letter.docx'))
    expect(r.ok).toBe(false)
    expect(r.problems.map((p) => p.tag)).toEqual(['recipient', '#facts', '#risks', 'deadline', '#requirements'])
  })
})
