import type { SelectOption } from 'naive-ui'
import type { Area } from '../../../electron/core/areas/schema'

export const liveAreas = (areas: readonly Area[]): Area[] => areas.filter((a) => a.voidedAt === null)

export const areaOptions = (areas: readonly Area[]): SelectOption[] =>
  liveAreas(areas).map((a) => ({ label: a.name, value: a.id }))

/** The 网格 of one area, for the subject form's grid picker. */
export function gridOptions(areas: readonly Area[], areaId: string | null): SelectOption[] {
  const area = areas.find((a) => a.id === areaId)
  return (area?.grids ?? []).map((g) => ({ label: g, value: g }))
}
