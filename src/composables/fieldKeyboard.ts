import { NRadioGroup, NSelect } from 'naive-ui'
import { loadPinyin, offeredFor } from '../utils/typed-filter'

let radioGroups = 0

/*
 * Form controls answer the keyboard the same way everywhere; set here once, before the first one
 * is made.
 *
 * Every select filters what is typed, a short fixed list (发现方式) as much as the unit picker, by
 * the label or its pinyin (utils/typed-filter): a plain naive-ui select takes no typing at all,
 * only Enter and arrows. A select opens as Tab reaches it (showOnFocus) and a filterable one then
 * moves the focus into its search input; a click that focused it keeps it open.
 * `:filterable="false"` keeps a select plain, and closed on focus: a plain one would close again on
 * the very click that focused and opened it.
 *
 * A radio group is one Tab stop whose arrows move the choice, as native radios sharing a name are:
 * naive-ui names its radios only when the group is given a name, so each group gets its own.
 */
export function keyboardDefaults(doc: Document): void {
  Object.assign(NSelect.props, {
    filterable: { type: Boolean, default: true },
    showOnFocus: { type: Boolean, default: (raw: { filterable?: unknown }) => raw.filterable !== false },
    filter: { type: Function, default: offeredFor },
  })
  Object.assign(NRadioGroup.props, { name: { type: String, default: () => `radio-group-${++radioGroups}` } })
  doc.addEventListener('keydown', takeTypedOnTab, true)
  doc.addEventListener('focusin', (e) => void (e.target instanceof Element && e.target.closest('.n-base-selection') && loadPinyin()))
  doc.addEventListener('pointerdown', (e) => (moved = e.target), true)
  doc.addEventListener('keydown', (e) => (moved = e.key), true)
  doc.addEventListener('focusin', enterGroupAtChoice)
}

/** What moved last: the element pressed, or the key. */
let moved: EventTarget | string | null = null

/**
 * Focus that comes into a radio group from elsewhere lands on its chosen button, as Tab brings it:
 * a form opening on the group, or a dialog's focus wrapping round from its last button, put it on
 * the first button, where an arrow moved the choice from the wrong place. Not the button clicked,
 * nor one the arrows reach from within the group.
 */
function enterGroupAtChoice(e: FocusEvent): void {
  const radio = e.target
  if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || radio.checked || radio.name === '') return
  if (typeof moved === 'string' ? moved.startsWith('Arrow') : moved instanceof Node && radio.closest('label')?.contains(moved)) return
  const chosen = [...radio.ownerDocument.getElementsByName(radio.name)].find((r) => r instanceof HTMLInputElement && r.checked)
  if (chosen instanceof HTMLElement) chosen.focus()
}

/**
 * Tab after typing in a picker takes the option the typing led to, as Enter does: left as naive-ui
 * leaves it, the typing is dropped and the field keeps what it held while staff believed they had
 * changed it (发现方式), or a name typed into 检查人员 is lost. An option already chosen stays as it
 * is: Enter would take it out of a picker of several.
 */
function takeTypedOnTab(e: KeyboardEvent): void {
  const typed = e.target
  if (e.key !== 'Tab' || !(typed instanceof HTMLInputElement) || !typed.closest('.n-base-selection') || typed.value === '') return
  // the list shown, not one of the picker just left, still fading out
  const pending = [...typed.ownerDocument.querySelectorAll('.n-base-select-option--pending')].find((o) => o.checkVisibility() && !o.closest('[class*="-leave-"]'))
  if (pending && !pending.classList.contains('n-base-select-option--selected')) typed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
}

/**
 * After a refused save the first field refused gets the cursor, scrolled into view: staff saw the
 * focus stay on 保存 with the errors above, on a long page out of sight.
 */
export function focusFirstError(form: HTMLElement | null | undefined): void {
  const item = form?.querySelector('.n-form-item-feedback--error')?.closest<HTMLElement>('.n-form-item')
  if (!item) return
  focusFirstField(item)
  item.scrollIntoView({ block: 'center' })
}

/**
 * Puts the cursor in a field as a form opens. A picker's list stays shut until typing starts: open,
 * it would cover the fields below before anyone chose to be in it. Escape shuts it (the picker marks
 * the key as its own, so the form does not take it), which leaves the focus on the picker's frame;
 * back in its text, the picker counts the focus as never having left.
 */
export function focusQuietly(field: HTMLElement): void {
  field.focus()
  if (!field.closest('.n-base-selection')) return
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
  field.focus()
}

/**
 * The first field of a form that has just opened gets the focus, not the shell's × button, so
 * typing starts at once: a picker with its list shut, a date field on its frame (its text would open
 * the calendar over the form's buttons; typing there goes on into the text, see typedDates).
 */
export function focusFirstField(form: HTMLElement | null | undefined): void {
  const first = form?.querySelector<HTMLElement>('input:not([disabled]):not([type=hidden]):not([type=file]), textarea:not([disabled])')
  if (!first) return
  const dateFrame = first.closest<HTMLElement>('.n-date-picker .n-input[tabindex="0"]')
  if (dateFrame) dateFrame.focus()
  else focusQuietly(first)
}
