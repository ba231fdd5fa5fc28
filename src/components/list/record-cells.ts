import { NButton, NEllipsis, NSpace } from 'naive-ui'
import { h, type VNode, type VNodeChild } from 'vue'
import { t } from '../../locales'

interface Voidable {
  voidedAt: string | null
  voidReason: string | null
}

/** A record's name in a table, and under it the reason it was voided. */
export const nameCell = (r: Voidable & { name: string }): VNode =>
  h('div', [h('div', r.name), r.voidedAt ? h('div', { class: 'void-reason' }, t('void.voidedWith', { reason: r.voidReason ?? '' })) : null])

/** One line of a cell, cut with the whole text on hover. */
export const oneLine = (text: string, cls?: string): VNode => h(NEllipsis, { class: cls, style: 'display: block' }, () => text)

/**
 * A cell of two lines, a value and under it a quieter one (what it concerns, a phone, a reason), each
 * cut to one line with the whole text on hover, so a long unit name does not make a row tall. A value
 * that must be read whole at a glance (a 文号) may wrap instead.
 */
export const twoLineCell = (main: string, second: string, opts: { secondClass?: string; wrapMain?: boolean } = {}): VNode =>
  h('div', [opts.wrapMain ? h('div', main) : oneLine(main), second ? oneLine(second, opts.secondClass ?? 'second') : null])

/**
 * What may be done with a record from its row: the page's own links first, then 编辑 and 作废 (left
 * out where the record cannot be voided); a voided record only says 已作废.
 */
export function rowActions(r: Voidable, acts: { before?: VNodeChild[]; edit: () => void; voidIt?: () => void }): VNode {
  if (r.voidedAt) return h('span', { class: 'second' }, t('void.voided'))
  const { voidIt } = acts
  return h(NSpace, { size: 4, wrap: false }, () => [
    ...(acts.before ?? []),
    h(NButton, { size: 'small', text: true, type: 'primary', onClick: acts.edit }, () => t('common.edit')),
    voidIt ? h(NButton, { size: 'small', text: true, type: 'error', onClick: voidIt }, () => t('void.action')) : null,
  ])
}
