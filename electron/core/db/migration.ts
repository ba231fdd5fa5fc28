/**
 * One schema change: its number, its name and the SQL it runs. Its own file so that the numbered
 * migrations and the list of them in migrations/index.ts never import each other.
 */
export interface Migration {
  version: number
  name: string
  sql: string
}
