import { creditCodeCheckChar } from '../subjects/credit-code'
import type { Random } from './random'
import { GIVEN, PHONE_PREFIXES, SURNAMES } from './vocab'

export const personName = (rng: Random): string => rng.pick(SURNAMES) + rng.pick(GIVEN)

export const mobile = (rng: Random): string => rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0')

/**
 * A valid 统一社会信用代码 for the n-th company of the demo: 9 (industry and commerce), 1 company or
 * 2 individual business, 330382 (乐清市), an organisation code unique per n, and the check character.
 */
export function demoCreditCode(n: number, individual: boolean): string {
  const first17 = `9${individual ? 2 : 1}330382MA2${String((n * 7919 + 104_729) % 1_000_000).padStart(6, '0')}`
  return first17 + creditCodeCheckChar(first17)
}
