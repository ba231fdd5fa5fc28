import { useDialog } from 'naive-ui'
import { watch, type Ref } from 'vue'
import { useSubmit } from '../../composables/useSubmit'
import { t } from '../../locales'

/** Whether a form differs from what it held at `mark()` (after it was filled), compared as JSON. */
export function useDirty(form: () => unknown) {
  let kept = ''
  return {
    mark: (): void => void (kept = JSON.stringify(form())),
    changed: (): boolean => JSON.stringify(form()) !== kept,
  }
}

/**
 * Asks whether to throw a changed form away; true when staff choose 放弃修改. While the question is
 * open, another request (Esc again, a second click) waits for the same answer.
 */
export function useDiscardAsk(): () => Promise<boolean> {
  const dialog = useDialog()
  let asking: Promise<boolean> | null = null
  return () =>
    (asking ??= new Promise<boolean>((resolve) => {
      dialog.warning({
        title: t('formDrawer.discardTitle'),
        content: t('formDrawer.discardText'),
        positiveText: t('formDrawer.discard'),
        negativeText: t('formDrawer.keepEditing'),
        onPositiveClick: () => resolve(true),
        onAfterLeave: () => {
          resolve(false)
          asking = null
        },
      })
    }))
}

/** What a form shell (drawer or dialog) is given by the view that owns the form. */
export interface FormShellProps {
  /** the reactive form model: the form is changed when it differs from what `reset` left */
  form: object
  errors: { show(e: unknown): unknown; clear(): void }
  /** saves; throw the call's error to show it, resolve to close */
  submit: () => Promise<unknown>
  /** fills the form each time the shell opens */
  reset?: () => unknown
  title: string
  width?: number
  saveLabel?: string
  saveTest?: string
  /** while the form cannot be saved yet (still loading, nothing chosen) */
  saveDisabled?: boolean
}

/**
 * The behaviour every form shell shares: on opening, errors cleared and the form filled; closing a
 * changed form asks first; saving (or another action, `run`) shows every rejected field at once
 * and closes when it resolves.
 */
export function useFormShell(props: FormShellProps, show: Ref<boolean>, body: Ref<HTMLElement | null>) {
  const dirty = useDirty(() => props.form)
  const askDiscard = useDiscardAsk()
  const submitting = useSubmit(props.errors, () => body.value)
  /** Until the form is filled it still holds what the last opening left: nothing of it is at stake. */
  let filled = false

  watch(
    show,
    async (open) => {
      if (!open) return
      filled = false
      props.errors.clear()
      await props.reset?.()
      dirty.mark()
      filled = true
    },
    { immediate: true },
  )

  async function requestClose(): Promise<void> {
    if (!filled || !dirty.changed() || (await askDiscard())) show.value = false
  }
  const updateShow = (open: boolean): void => void (open ? (show.value = true) : requestClose())

  /** Closes when the action went through; otherwise the form shows what the core refused. */
  const close = async (action: () => Promise<unknown>): Promise<void> => void ((await submitting.run(action)) && (show.value = false))

  return { busy: submitting.busy, requestClose, updateShow, run: close, save: () => close(props.submit) }
}
