import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openApp } from '../../core/app'
import { DB_FILE } from '../../core/paths'
import { campaignSentences } from '../../core/reports/campaigns'
import { percentText } from '../../core/reports/format'
import type { ReportSummary } from '../../core/reports/schema'
import type { CliIo, Verb } from '../verb'

interface Options {
  /** as given; the core checks it and names what is missing */
  period: { quarter?: string; from?: string; to?: string }
  json: boolean
  docx?: string
  xlsx?: string
  number?: string
}

const VALUED = ['--from', '--to', '--quarter', '--docx', '--xlsx', '--number'] as const

function parse(argv: readonly string[], io: CliIo): Options | null {
  const v: Partial<Record<(typeof VALUED)[number], string>> = {}
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag === '--json' && inline === undefined) {
      json = true
      continue
    }
    const value = inline ?? argv[++i]
    if (!(VALUED as readonly string[]).includes(flag) || value === undefined || value === '') {
      io.err(`${(VALUED as readonly string[]).includes(flag) ? `${flag} 后面需要一个值` : `不认识的参数：${arg}`}\n用法：firedesk [--data 数据文件夹] ${reportVerb.usage}`)
      return null
    }
    v[flag as (typeof VALUED)[number]] = value
  }
  const o: Options = { period: {}, json }
  if (v['--quarter'] !== undefined) o.period.quarter = v['--quarter']
  if (v['--from'] !== undefined) o.period.from = v['--from']
  if (v['--to'] !== undefined) o.period.to = v['--to']
  if (v['--docx'] !== undefined) o.docx = resolve(v['--docx'])
  if (v['--xlsx'] !== undefined) o.xlsx = resolve(v['--xlsx'])
  if (v['--number'] !== undefined) o.number = v['--number']
  return o
}

/** The main figures as lines of text, for a look in the terminal. */
function printSummary(s: ReportSummary, io: CliIo): void {
  const c = s.current
  const p = s.prior
  io.out(`${s.period.label}（${s.period.range}），上期 ${s.previous.range}`)
  const line = (label: string, cur: string, prev: string) => io.out(`  ${label.padEnd(10, '\u3000')}${cur.padStart(8)}${prev.padStart(10)}`)
  line('项目', '本期', '上期')
  line('发现隐患', String(c.found.count), String(p.found.count))
  line('其中重大火灾隐患', String(c.majorFound.count), String(p.majorFound.count))
  line('整改销号', String(c.closed.count), String(p.closed.count))
  line('其中重大火灾隐患', String(c.majorClosed.count), String(p.majorClosed.count))
  line('本期发现已整改', String(c.foundClosed.count), String(p.foundClosed.count))
  line('整改率', percentText(c.rate), percentText(p.rate))
  line('期初未销号', String(c.openAtStart.count), String(p.openAtStart.count))
  line('期末未销号', String(c.openAtEnd.count), String(p.openAtEnd.count))
  line('期末逾期未整改', String(c.overdueAtEnd.count), String(p.overdueAtEnd.count))
  line('新挂牌督办隐患', String(c.supervisedStarted.count), String(p.supervisedStarted.count))
  line('期末在督隐患', String(c.supervisedAtEnd.count), String(p.supervisedAtEnd.count))
  io.out(`  约谈 ${s.interviews.total} 次，发文 ${s.documents.total} 件`)
  for (const line of campaignSentences(s)) io.out(`  ${line}`)
  io.out(`数据文件：${s.source.dataFile ?? ''}，取数时间 ${s.source.takenAt}，台账隐患 ${s.source.cases} 条（另有作废 ${s.source.voided} 条）`)
}

export const reportVerb: Verb = {
  name: 'report',
  readOnly: true,
  usage:
    'report --from 日期 --to 日期 | --quarter 2024Q1 [--json] [--docx 文件] [--xlsx 文件] [--number 文号]\n' +
    '                                汇总期间内的隐患数字（发现、销号、整改率、期末未销号和逾期、分类和按月），输出为文字、JSON、.docx 或 .xlsx；\n' +
    '                                --docx 签发季度汇总（按设置自动编文号并登记），给出 --number 时只按该文号生成、不登记',
  async run(argv, io) {
    const o = parse(argv, io)
    if (!o) return 2
    const file = join(io.dataDir, DB_FILE)
    if (!existsSync(file)) {
      io.err(`数据文件不存在：${file}。请用 --data 指定数据文件夹。`)
      return 1
    }
    const app = openApp({ dataDir: io.dataDir })
    try {
      const summary = await app.call('reports/summary', o.period)
      // Where files went is said on stderr, so that --json output stays parseable.
      if (o.json) io.out(JSON.stringify(summary, null, 2))
      if (o.docx !== undefined) {
        // without --number the report is issued: numbered from the 季度汇总 sequence and registered
        const docx = o.number === undefined ? await app.call('reports/issueDocx', o.period) : await app.call('reports/exportDocx', { ...o.period, number: o.number })
        writeFileSync(o.docx, Buffer.from(docx.dataBase64, 'base64'))
        io.err(`已写入：${o.docx}${'number' in docx && docx.number ? `（文号 ${docx.number}，已登记）` : ''}`)
      }
      if (o.xlsx !== undefined) {
        const xlsx = await app.call('reports/exportXlsx', o.period)
        writeFileSync(o.xlsx, Buffer.from(xlsx.dataBase64, 'base64'))
        io.err(`已写入：${o.xlsx}`)
      }
      if (!o.json && o.docx === undefined && o.xlsx === undefined) printSummary(summary, io)
      return 0
    } finally {
      app.close()
    }
  },
}
