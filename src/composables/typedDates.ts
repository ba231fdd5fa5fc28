import { parseTypedDate } from '../utils/typed-date'

/*
 * Every date field (naive-ui's date picker) accepts a date typed the way staff write it. The
 * picker itself reads only YYYY-MM-DD; this listener, on the document in the capture phase, runs
 * before the picker's own handlers and rewrites what was typed into that form as the field is
 * left or Enter is pressed, so the picker takes it. Date-and-time fields are left alone.
 */

const ISO = /^\d{4}-\d{2}-\d{2}$/

function normalise(target: EventTarget | null): void {
  if (!(target instanceof HTMLInputElement) || !target.closest('.n-date-picker')) return
  if (target.closest('.n-date-picker')?.querySelectorAll('input').length !== 1) return
  const typed = target.value
  if (typed === '' || ISO.test(typed.trim())) return
  const date = parseTypedDate(typed, new Date().getFullYear())
  if (date === null) return
  target.value = date
  target.dispatchEvent(new Event('input', { bubbles: true }))
}

export function acceptTypedDates(doc: Document): void {
  doc.addEventListener('focusout', (e) => normalise(e.target), true)
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter') normalise(e.target)
    },
    true,
  )
}
