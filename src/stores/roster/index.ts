import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Inspector, InspectorCreate, InspectorUpdate } from '../../../electron/core/inspectors/schema'
import { call } from '../../api'

/** The roster of 检查人员 and 网格员, voided people included (the roster page shows them on request). */
export const useRosterStore = defineStore('roster', () => {
  const people = ref<Inspector[]>([])
  const live = computed(() => people.value.filter((p) => p.voidedAt === null))
  /** id → name of everyone, for turning picked ids back into names */
  const names = computed(() => new Map(people.value.map((p) => [p.id, p.name])))

  /**
   * A hazard keeps its 检查人员 as text (「王晓东、李明」); its forms pick them from the roster.
   * The text as picker values: each name a live person bears becomes that person, any other stays typed.
   */
  function pickedOf(text: string): string[] {
    const byName = new Map(live.value.map((p) => [p.name, p.id]))
    return text
      .split(/[、，,\s]+/u)
      .filter((n) => n !== '')
      .map((n) => byName.get(n) ?? n)
  }
  /** Picker values back as the text the hazard keeps, in the order picked. */
  const textOf = (picked: readonly string[]): string => picked.map((v) => names.value.get(v) ?? v).join('、')

  async function load(): Promise<void> {
    people.value = await call('inspectors/list', { includeVoided: true })
  }

  async function create(input: InspectorCreate): Promise<Inspector> {
    const p = await call('inspectors/create', input)
    await load()
    return p
  }

  async function update(input: InspectorUpdate): Promise<Inspector> {
    const p = await call('inspectors/update', input)
    await load()
    return p
  }

  async function voidPerson(id: string, reason: string): Promise<Inspector> {
    const p = await call('inspectors/void', { id, reason })
    await load()
    return p
  }

  return { people, live, names, pickedOf, textOf, load, create, update, voidPerson }
})
