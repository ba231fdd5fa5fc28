import { useDialog } from 'naive-ui'
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
