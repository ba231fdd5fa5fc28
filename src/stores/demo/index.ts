import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call } from '../../api'

/**
 * Whether the example data is open instead of the office's own. Switching replaces every record
 * the pages hold, so the window starts afresh at the 工作台 rather than patching each store.
 */
export const useDemoStore = defineStore('demo', () => {
  const active = ref(false)

  async function load(): Promise<void> {
    active.value = (await call('demo/place', {})).active
  }

  function restart(): void {
    window.location.hash = '#/'
    window.location.reload()
  }

  async function switchTo(demo: boolean): Promise<void> {
    active.value = (await call(demo ? 'demo/enter' : 'demo/leave', {})).active
    restart()
  }

  return { active, load, restart, enter: () => switchTo(true), leave: () => switchTo(false) }
})
