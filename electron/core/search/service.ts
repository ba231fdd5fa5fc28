import type { Ctx } from '../context'
import { matchingRids } from './fts'
import * as repo from './repo'
import type { SearchResult } from './schema'

/** The one search box: subjects and cases whose text contains every term typed. */
export function search(ctx: Ctx, text: string, limit: number): SearchResult {
  const subjects = matchingRids('subject', text)
  const cases = matchingRids('case', text)
  if (!subjects || !cases) {
    const none = { rows: [], total: 0, atLeast: false }
    return { text, subjects: none, cases: none }
  }
  return {
    text,
    subjects: repo.searchSubjects(ctx.db, subjects, limit),
    cases: repo.searchCases(ctx.db, cases, limit, ctx.clock.today()),
  }
}
