import type { Area, AreaCreate, AreaListArgs, AreaUpdate, AreaVoid } from './schema'

export interface AreasContract {
  'areas/list': { args: AreaListArgs; result: Area[] }
  'areas/create': { args: AreaCreate; result: Area }
  'areas/update': { args: AreaUpdate; result: Area }
  'areas/void': { args: AreaVoid; result: Area }
  /** Many villages at once (a typed or pasted list); names already registered are skipped. */
  'areas/createMany': { args: { names: string[] }; result: { created: string[]; skipped: string[] } }
  /** The village names in an Excel sheet's first filled column, to check before adding them. */
  'areas/namesFromSheet': { args: { fileName: string; dataBase64: string }; result: string[] }
}
