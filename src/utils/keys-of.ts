/**
 * The codes of a core code list in the order the office reads them, written as a Record so that a
 * code added in the core fails the type check here until it is placed. The renderer takes only
 * types from the core, so this is how it gets the list itself.
 */
export const keysOf = <K extends string>(all: Record<K, true>): K[] => Object.keys(all) as K[]
