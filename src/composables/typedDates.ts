import { parseTypedDate } from '../utils/typed-date'

/*
 * Every date field (naive-ui's date picker) accepts a date typed the way staff write it. The
 * picker itself reads only YYYY-MM-DD; this listener, on the document in the capture phase, runs
 * before the picker's own handlers and rewrites what was typed into that form as the field is
 * left or Enter is pressed, so the picker takes it. Date-and-time fields are left alone.
 *
 * Tab stops on the picker's frame, where naive-ui wants Enter before it takes typing, so what was
 * typed after Tab went nowhere. Focus that Tab brings from another field goes on into the
 * picker's text, as a click does. Other focus stays on the frame: given back from inside the picker
 * or its calendar (Esc, a day chosen) the calendar would open again, and a dialog that focuses its
 * first field on opening would hide its own buttons under the calendar. From the frame, the first
 * key that edits text goes on into the text too.
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

let tabbing = false

const isFrame = (el: EventTarget | null): el is HTMLElement => el instanceof HTMLElement && el.matches('.n-date-picker .n-input[tabindex="0"]')

/** Into the text with all of it selected, as Tab enters any text field: typing replaces the date. */
function enterText(frame: HTMLElement): void {
  const inputs = frame.querySelectorAll('input')
  if (inputs.length !== 1) return
  inputs[0]?.focus()
  inputs[0]?.select()
}

function enterTabbedFrame(e: FocusEvent): void {
  const frame = e.target
  if (!tabbing || !isFrame(frame)) return
  const from = e.relatedTarget
  if (!(from instanceof Element) || frame.contains(from) || from.closest('.n-date-panel')) return
  enterText(frame)
}

/** A key that edits text: a character, Backspace or Delete, Ctrl+A or Ctrl+V. */
const editing = (e: KeyboardEvent): boolean => (e.key.length === 1 && !e.metaKey && !e.altKey) || e.key === 'Backspace' || e.key === 'Delete'

export function acceptTypedDates(doc: Document): void {
  doc.addEventListener('focusin', enterTabbedFrame)
  doc.addEventListener('pointerdown', () => (tabbing = false), true)
  // blur, not focusout: the picker clears unparsed text on its blur, which comes first.
  doc.addEventListener('blur', (e) => normalise(e.target), true)
  doc.addEventListener(
    'keydown',
    (e) => {
      tabbing = e.key === 'Tab'
      if (e.key === 'Enter') normalise(e.target)
      // on the frame, the focus moves before the key is done, so the text takes it (Ctrl+A there selected the page)
      if (isFrame(e.target) && editing(e)) enterText(e.target)
    },
    true,
  )
}
