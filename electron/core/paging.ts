/** One page of a list, with the total count of rows that match its filter. */
export interface Page<T> {
  rows: T[]
  total: number
  page: number
  pageSize: number
}

export const offsetOf = (page: number, pageSize: number): number => (page - 1) * pageSize

/** Escapes a user's text for `LIKE ? ESCAPE '\'`, so % and _ match themselves. */
export const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
