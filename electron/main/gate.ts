/**
 * What the main process answers on 'firedesk:invoke', kept free of `electron` so tests can drive
 * it with a real core: the sender is checked before the core sees anything.
 */
import type { FiredeskApp } from '../core/app'
import type { Envelope } from '../core/contract'
import { isAllowedSender } from './policy'

export const FORBIDDEN_ENVELOPE: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝访问：该调用不是来自本程序的页面。' },
}

export async function gateInvoke(
  core: Pick<FiredeskApp, 'invoke'>,
  frameUrl: string | null | undefined,
  devUrl: string | undefined,
  name: unknown,
  args: unknown,
): Promise<Envelope<unknown>> {
  if (!isAllowedSender(frameUrl, devUrl)) return FORBIDDEN_ENVELOPE
  return core.invoke(typeof name === 'string' ? name : '', args)
}
