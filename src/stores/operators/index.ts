import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { OnDuty, Operator } from '../../../electron/core/operators/schema'
import { call } from '../../api'

/** The office's operators and who is on duty in this program (the header shows it). */
export const useOperatorsStore = defineStore('operators', () => {
  const list = ref<Operator[]>([])
  const duty = ref<OnDuty | null>(null)

  async function load(): Promise<void> {
    const [operators, current] = await Promise.all([call('operators/list', {}), call('operators/current', {})])
    list.value = operators
    duty.value = current
  }

  async function signIn(id: string, pin: string): Promise<OnDuty> {
    duty.value = await call('operators/signIn', { id, pin })
    return duty.value
  }

  /** Operators are listed but none is on duty yet: the header asks who is working. */
  const needsChoice = (): boolean => list.value.length > 0 && duty.value?.operatorId === null

  return { list, duty, load, signIn, needsChoice }
})
