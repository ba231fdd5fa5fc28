import type { Area, AreaCreate, AreaType } from '../../../electron/core/areas/schema'

export type AreaForm = Required<AreaCreate>

export const areaTypeOrder: readonly AreaType[] = ['village', 'community', 'industrial_zone', 'other']

export const emptyAreaForm = (): AreaForm => ({
  name: '',
  areaType: 'village',
  grids: [],
  headName: '',
  headPhone: '',
  sortOrder: 0,
  notes: '',
})

export const areaFormFields = Object.keys(emptyAreaForm()) as (keyof AreaForm)[]

export const areaFormOf = (a: Area): AreaForm => ({
  name: a.name,
  areaType: a.areaType,
  grids: [...a.grids],
  headName: a.headName,
  headPhone: a.headPhone,
  sortOrder: a.sortOrder,
  notes: a.notes,
})
