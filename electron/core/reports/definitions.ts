import { caseFigures } from './figures'
import { coverageCampaignDefinition, coverageSql } from '../inspections/coverage'
import { coverageDefinition, revisitsCampaignDefinition, revisitsDefinition, revisitsLabel, revisitsSql } from './figures/fieldwork'
import { documentsDefinition, documentsLabel, documentsWhere } from './figures/documents'
import { interviewsDefinition, interviewsLabel, interviewsWhere } from './figures/interviews'
import type { SqlWhere } from './figures/types'
import { caseFigureKeys, type Definition, type Period } from './schema'

/** The query with this period's dates written in, as anyone may run it on the data file. */
const literal = (w: SqlWhere): string => w.sql.replace(/@(\w+)/g, (_, name: string) => `'${w.params[name] ?? ''}'`)

/** The report's 统计口径: what each number counts, in words and as SQL for this period. */
export function definitions(period: Period, previous: Period): Definition[] {
  const cut = (text: string) => (period.campaignId === undefined ? '' : text)
  const figures: Definition[] = caseFigureKeys.map((k) => {
    const f = caseFigures[k]
    return { term: f.label, text: f.definition, sql: `SELECT count(*) FROM cases c WHERE ${literal(f.where(period)).replace(/\s+/g, ' ')}` }
  })
  return [
    {
      term: '统计期间',
      text: `${period.range}，含首尾两日。各项按业务日期（发现日期、销号日期、延期或重新确定期限的日期）统计，不按录入时间。`,
    },
    ...(period.campaignName === undefined
      ? []
      : [
          {
            term: '统计范围',
            text: `只统计标记为“${period.campaignName}”的隐患、检查记录、约谈和文书，以及该专项行动的任务和报送；检查率的分子为该专项行动检查过的单位，分母仍为全镇登记在册的单位；回头看只计该专项行动隐患的回头看。`,
          },
        ]),
    { term: '作废隐患', text: '已作废的隐患（如录入错误）不计入任何一项。' },
    ...figures,
    { term: '整改率', text: '整改率 = 本期发现已整改 ÷ 发现隐患 × 100%，保留一位小数；期内未发现隐患的不计算（显示为“—”）。' },
    { term: '销号与发现之比', text: '整改销号 ÷ 发现隐患 × 100%。包括以前发现、本期销号的隐患，可能超过100%。' },
    { term: '重大火灾隐患', text: '隐患等级为“重大火灾隐患”的发现隐患和整改销号，口径同上。' },
    {
      term: '分组统计',
      text: '按村（社区）以隐患登记时所属的村（社区）统计；按场所类别以单位现在的场所类别统计；按隐患类别、隐患等级以隐患登记的为准。',
    },
    { term: '按月情况', text: '各月的发现隐患和整改销号；期间首尾不满一月的，只计期内的日期。' },
    {
      term: '上期',
      text: `${previous.range}（${previous.label}）。本期为整月（月、季度、半年、年）时，上期为紧接其前的同样月数；否则为紧接其前的同样天数。`,
    },
    { term: interviewsLabel, text: interviewsDefinition, sql: `SELECT kind, count(*) FROM interviews WHERE ${literal(interviewsWhere(period))} GROUP BY kind` },
    { term: documentsLabel, text: documentsDefinition, sql: `SELECT kind, count(*) FROM documents WHERE ${literal(documentsWhere(period))} GROUP BY kind` },
    { term: '检查率', text: `${coverageDefinition}${cut(coverageCampaignDefinition)}`, sql: coverageSql(period.from, period.to, period.campaignId) },
    { term: revisitsLabel, text: `${revisitsDefinition}${cut(revisitsCampaignDefinition)}`, sql: revisitsSql(period) },
  ]
}
