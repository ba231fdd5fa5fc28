import type { SearchArgs, SearchResult } from './schema'

export interface SearchContract {
  'search/query': { args: SearchArgs; result: SearchResult }
}
