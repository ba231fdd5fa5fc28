import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Area, AreaCreate, AreaUpdate } from '../../../electron/core/areas/schema'
import { call } from '../../api'
import { areaOptions, liveAreas } from './shared'

/** Every area, voided ones included (the areas page shows them on request). */
export const useAreasStore = defineStore('areas', () => {
  const areas = ref<Area[]>([])
  const live = computed(() => liveAreas(areas.value))
  const options = computed(() => areaOptions(areas.value))

  async function load(): Promise<void> {
    areas.value = await call('areas/list', { includeVoided: true })
  }

  async function create(input: AreaCreate): Promise<Area> {
    const area = await call('areas/create', input)
    await load()
    return area
  }

  async function update(input: AreaUpdate): Promise<Area> {
    const area = await call('areas/update', input)
    await load()
    return area
  }

  async function voidArea(id: string, reason: string): Promise<Area> {
    const area = await call('areas/void', { id, reason })
    await load()
    return area
  }

  return { areas, live, options, load, create, update, voidArea }
})
