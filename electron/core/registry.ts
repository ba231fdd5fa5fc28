import type { z } from 'zod'
import type { ArgsOf, HandlerName, ResultOf } from './contract'
import type { Ctx } from './context'
import { AppError, isAppError, type FieldIssue } from './errors'
import { cleanInput } from './safety/input'
import { parseArgs } from './validation'

export interface HandlerDef {
  readonly name: HandlerName
  readonly schema: z.ZodType
  readonly run: (args: unknown, ctx: Ctx) => unknown
  /** Rules that need the ledger (a date against its case's 发现日期), also run when the schema refuses the args. */
  readonly ledgerIssues?: (raw: Record<string, unknown>, ctx: Ctx) => FieldIssue[]
}

/**
 * Declares a handler: its name from the contract, the zod schema of its args (whose input type
 * must accept what the contract promises callers may send), and the function.
 */
export function handler<N extends HandlerName, S extends z.ZodType<unknown, ArgsOf<N>>>(
  name: N,
  schema: S,
  run: (args: z.output<S>, ctx: Ctx) => ResultOf<N> | Promise<ResultOf<N>>,
  ledgerIssues?: HandlerDef['ledgerIssues'],
): HandlerDef {
  return { name, schema, run: run as HandlerDef['run'], ...(ledgerIssues ? { ledgerIssues } : {}) }
}

/**
 * The schema's refusal with the ledger's rules added for the fields it did not name: a form shows
 * every problem in one answer instead of the ledger's on the next 保存.
 */
function parseAll(def: HandlerDef, args: unknown, ctx: Ctx): unknown {
  try {
    return parseArgs(def.schema, args)
  } catch (e) {
    if (!def.ledgerIssues || !isAppError(e) || e.code !== 'VALIDATION' || typeof args !== 'object' || args === null) throw e
    const named = e.issues ?? (e.field === undefined ? [] : [{ field: e.field, message: e.message }])
    const more = def.ledgerIssues(args as Record<string, unknown>, ctx).filter((i) => !named.some((n) => n.field === i.field))
    if (more.length === 0) throw e
    throw new AppError('VALIDATION', e.message, e.field, [...named, ...more])
  }
}

export class Registry {
  private readonly defs = new Map<string, HandlerDef>()

  constructor(defs: readonly HandlerDef[]) {
    for (const d of defs) {
      if (this.defs.has(d.name)) throw new Error(`handler registered twice: ${d.name}`)
      this.defs.set(d.name, d)
    }
  }

  names(): string[] {
    return [...this.defs.keys()].sort()
  }

  async invoke(name: string, raw: unknown, ctx: Ctx): Promise<unknown> {
    const def = this.defs.get(name)
    if (!def) throw new AppError('UNKNOWN_HANDLER', `未知的操作：${name}`)
    return def.run(parseAll(def, cleanInput(raw), ctx), ctx)
  }
}
