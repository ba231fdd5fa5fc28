import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openApp, type FiredeskApp } from '../../core/app'
import { DB_FILE } from '../../core/paths'
import { campaignSentences } from '../../core/reports/campaigns'
import { percentText, summaryName } from '../../core/reports/format'
import type { ReportFile, ReportSummary } from '../../core/reports/schema'
import type { CliIo, Verb } from '../verb'

interface Options {
  /** as given; the core checks it and names what is missing */
  period: { quarter?: string; from?: string; to?: string; campaignId?: string }
  /** a campaign's name: only its tagged records are counted */
  campaign?: string
  json: boolean
  /** --issue: the .docx is issued (numbered and registered); without it, a preview that takes no number */
  issue: boolean
  docx?: string
  xlsx?: string
  number?: string
}

const VALUED = ['--from', '--to', '--quarter', '--campaign', '--docx', '--xlsx', '--number'] as const

function parse(argv: readonly string[], io: CliIo): Options | null {
  const v: Partial<Record<(typeof VALUED)[number], string>> = {}
  let json = false
  let issue = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag === '--json' && inline === undefined) {
      json = true
      continue
    }
    if (flag === '--issue' && inline === undefined) {
      issue = true
      continue
    }
    const value = inline ?? argv[++i]
    if (!(VALUED as readonly string[]).includes(flag) || value === undefined || value === '') {
      io.err(`${(VALUED as readonly string[]).includes(flag) ? `${flag} 后面需要一个值` : `不认识的参数：${arg}`}\n用法：firedesk [--data 数据文件夹] ${reportVerb.usage}`)
      return null
    }
    v[flag as (typeof VALUED)[number]] = value
  }
  const refusal = !issue ? null : v['--docx'] === undefined ? '--issue 要和 --docx 一起用：签发的是季度汇总 .docx' : v['--number'] !== undefined ? '--issue 不能和 --number 一起用：签发时按设置自动编文号' : null
  if (refusal) {
    io.err(`${refusal}\n用法：firedesk [--data 数据文件夹] ${reportVerb.usage}`)
    return null
  }
  const o: Options = { period: {}, json, issue }
  if (v['--quarter'] !== undefined) o.period.quarter = v['--quarter']
  if (v['--from'] !== undefined) o.period.from = v['--from']
  if (v['--to'] !== undefined) o.period.to = v['--to']
  if (v['--docx'] !== undefined) o.docx = resolve(v['--docx'])
  if (v['--xlsx'] !== undefined) o.xlsx = resolve(v['--xlsx'])
  if (v['--number'] !== undefined) o.number = v['--number']
  if (v['--campaign'] !== undefined) o.campaign = v['--campaign']
  return o
}

/** The main figures as lines of text, for a look in the terminal. */
function printSummary(s: ReportSummary, io: CliIo): void {
  const c = s.current
  const p = s.prior
  io.out(`${summaryName(s.period)}（${s.period.range}），上期 ${s.previous.range}`)
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

/*
 * The .docx: issued with --issue (numbered from the 季度汇总 sequence and registered), as given
 * with --number, or else a preview that prints the 文号 it would take but takes none, so a
 * clerk may look at the report as often as needed without using up numbers.
 */
async function docxOf(app: FiredeskApp, o: Options): Promise<{ file: ReportFile; note: string }> {
  if (o.issue) {
    const issued = await app.call('reports/issueDocx', o.period)
    return { file: issued, note: `文号 ${issued.number ?? ''}，已登记` }
  }
  if (o.number !== undefined) return { file: await app.call('reports/exportDocx', { ...o.period, number: o.number }), note: `文号 ${o.number}，未登记` }
  const preview = await app.call('reports/previewDocx', o.period)
  return { file: preview, note: `预览稿${preview.number ? `，印有现在签发将用的文号 ${preview.number}` : ''}；未占用文号、未登记，签发请加 --issue` }
}

export const reportVerb: Verb = {
  name: 'report',
  // only issuing writes (a 文号 and the register), so only --issue waits for the data folder's writer lock
  readOnly: (argv) => !argv.includes('--issue'),
  usage:
    'report --from 日期 --to 日期 | --quarter 2024Q1 [--campaign 专项行动] [--json] [--docx 文件 [--issue | --number 文号]] [--xlsx 文件]\n' +
    '                                汇总期间内的隐患数字（发现、销号、整改率、期末未销号和逾期、分类和按月），输出为文字、JSON、.docx 或 .xlsx；\n' +
    '                                --campaign 只统计标记为该专项行动的隐患、约谈和文书；\n' +
    '                                --docx 写出季度汇总预览稿（印有现在签发将用的文号，不占号、不登记），加 --issue 签发（按设置编文号并登记），\n' +
    '                                给出 --number 时按该文号生成、不登记',
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
      if (o.campaign !== undefined) {
        const name = o.campaign
        const found = (await app.call('campaigns/list', {})).find((c) => c.name === name)
        if (!found) {
          io.err(`没有名为“${name}”的专项行动`)
          return 1
        }
        o.period.campaignId = found.id
      }
      const summary = await app.call('reports/summary', o.period)
      // Where files went is said on stderr, so that --json output stays parseable.
      if (o.json) io.out(JSON.stringify(summary, null, 2))
      if (o.docx !== undefined) {
        const { file: docx, note } = await docxOf(app, o)
        writeFileSync(o.docx, Buffer.from(docx.dataBase64, 'base64'))
        io.err(`已写入：${o.docx}（${note}）`)
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
