import type { z } from 'zod'
import type { ArgsOf, HandlerName, ResultOf } from './contract'
import type { Ctx } from './context'
import { AppError } from './errors'
import { cleanInput } from './safety/input'
import { parseArgs } from './validation'

export interface HandlerDef {
  readonly name: HandlerName
  readonly schema: z.ZodType
  readonly run: (args: unknown, ctx: Ctx) => unknown
}

/**
 * Declares a handler: its name from the contract, the zod schema of its args (whose input type
 * must accept what the contract promises callers may send), and the function.
 */
export function handler<N extends HandlerName, S extends z.ZodType<unknown, ArgsOf<N>>>(
  name: N,
  schema: S,
  run: (args: z.output<S>, ctx: Ctx) => ResultOf<N> | Promise<ResultOf<N>>,
): HandlerDef {
  return { name, schema, run: run as HandlerDef['run'] }
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
    return def.run(parseArgs(def.schema, cleanInput(raw)), ctx)
  }
}
