import type { Area, AreaCreate, AreaListArgs, AreaUpdate, AreaVoid } from './schema'

export interface AreasContract {
  'areas/list': { args: AreaListArgs; result: Area[] }
  'areas/create': { args: AreaCreate; result: Area }
  'areas/update': { args: AreaUpdate; result: Area }
  'areas/void': { args: AreaVoid; result: Area }
}
