import type { ItemsSave, ProgressArgs, Ranking, RankingArgs, ScoreSheet, TargetsSet, Visit, VisitListArgs, VisitProgress, VisitRecord, VisitVoid } from './schema'

/** 评分/排名: the campaign's 实地评分表 and monthly targets, on-site visits, and the ranking of villages and departments. */
export interface RankingContract {
  'ranking/sheet': { args: { campaignId: string }; result: ScoreSheet }
  'ranking/saveItems': { args: ItemsSave; result: ScoreSheet }
  'ranking/setTargets': { args: TargetsSet; result: ScoreSheet }
  'ranking/recordVisit': { args: VisitRecord; result: Visit }
  'ranking/voidVisit': { args: VisitVoid; result: { id: string } }
  'ranking/visits': { args: VisitListArgs; result: Visit[] }
  'ranking/progress': { args: ProgressArgs; result: VisitProgress }
  'ranking/get': { args: RankingArgs; result: Ranking }
}
