import { useMessage, type DataTableColumns } from 'naive-ui'
import { computed, ref, shallowRef } from 'vue'
import { nameCell, rowActions } from '../components/list/record-cells'
import { useVoiding } from './useVoiding'
import { t } from '../locales'

/** What a register keeps of each record: its name, and whether (and why) it was voided. */
export interface Registered {
  id: string
  name: string
  voidedAt: string | null
  voidReason: string | null
}

/** Where a register's records live: a store that holds them whole and voids one with a reason. */
interface RegisterStore<T> {
  all: () => T[]
  live: () => T[]
  void: (id: string, reason: string) => Promise<unknown>
}

type Column<T> = DataTableColumns<T>[number]

/** The columns every register has, for a page that builds its table elsewhere. */
export interface RegisterColumns<T> {
  nameColumn: (width: number) => Column<T>
  actionsColumn: Column<T>
}

/**
 * A register the page holds whole from its store (村(社区), 检查人员名册), for RegisterPage: voided
 * rows shown on request, one record in the form or in the void dialog at a time, the toasts of
 * saving and voiding in the register's own words (its locale section `kind`), and the columns
 * every register has: the name (with the reason it was voided) and 编辑 / 作废.
 */
export function useRegister<T extends Registered>(kind: 'area' | 'roster', store: RegisterStore<T>) {
  const toast = useMessage()
  const showVoided = ref(false)
  const rows = computed(() => (showVoided.value ? store.all() : store.live()))
  const editing = shallowRef<T | null>(null)
  const formOpen = ref(false)
  const { record: voiding, open: voidOpen, start: openVoid, submit: voidOne } = useVoiding<T>(store.void)

  function openForm(record: T | null): void {
    editing.value = record
    formOpen.value = true
  }

  const saved = (record: T): void => void toast.success(t(editing.value ? `${kind}.updated` : `${kind}.created`, { name: record.name }))

  const nameColumn = (width: number): Column<T> => ({
    key: 'name',
    title: t(`${kind}.name`),
    width,
    render: nameCell,
  })

  const actionsColumn: Column<T> = {
    key: 'actions',
    title: t('common.actions'),
    width: 110,
    render: (r) => rowActions(r, { edit: () => openForm(r), voidIt: () => openVoid(r) }),
  }

  return { kind, showVoided, rows, editing, formOpen, voiding, voidOpen, openForm, saved, voidOne, nameColumn, actionsColumn }
}

export type Register<T extends Registered> = ReturnType<typeof useRegister<T>>
