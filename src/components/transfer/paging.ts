const PAGING: ReadonlySet<string> = new Set(['page', 'pageSize'])

/** A list page's request for everything it finds: an export or a print holds all pages, not the one in view. */
export function withoutPaging<A extends { filter?: object }>(args: A): A {
  const filter = Object.fromEntries(Object.entries(args.filter ?? {}).filter(([key]) => !PAGING.has(key)))
  return { ...args, filter } as A
}
