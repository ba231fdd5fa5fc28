import { NSelect } from 'naive-ui'

/*
 * A filterable picker reached with Tab opens and takes what is typed: naive-ui opens a select on
 * focus only when asked (showOnFocus), and a filterable one then moves the focus into its search
 * input. Set here once for every picker, before the first one is made. A plain select is left as
 * it is: it would close again on the very click that focused and opened it.
 */
export function openPickersOnFocus(): void {
  Object.assign(NSelect.props, {
    showOnFocus: { type: Boolean, default: (raw: { filterable?: unknown }) => raw.filterable !== undefined && raw.filterable !== false },
  })
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
