import type { CaseFigure } from './types'

/*
 * Cases under 挂牌督办. A supervision entered by mistake is voided and counts nowhere; one case has
 * at most one live supervision at a time. The supervisions drive the query: there are few of them.
 */

const live = "SELECT v.case_id FROM supervisions v WHERE v.status <> 'voided'"

/** 新挂牌督办: put under supervision in the period. */
export const supervisedStarted: CaseFigure = {
  key: 'supervisedStarted',
  label: '新挂牌督办隐患',
  definition: '挂牌日期在统计期间内的挂牌督办所涉及的隐患；作废的督办不计入。',
  where: (p) => ({
    sql: `c.status <> 'voided' AND c.id IN (${live} AND v.start_date BETWEEN @from AND @to)`,
    params: { from: p.from, to: p.to },
  }),
  filter: () => null,
}

/** 期末在督: under supervision at the end of the period's last day, not yet lifted (摘牌) by then. */
export const supervisedAtEnd: CaseFigure = {
  key: 'supervisedAtEnd',
  label: '期末在督隐患',
  definition: '期末一日结束时处于挂牌督办中的隐患：挂牌日期在期末或以前，期末时尚未摘牌；作废的督办不计入。',
  where: (p) => ({
    sql: `c.status <> 'voided' AND c.id IN (${live} AND v.start_date <= @to AND (v.lifted_date IS NULL OR v.lifted_date > @to))`,
    params: { to: p.to },
  }),
  filter: () => null,
}
