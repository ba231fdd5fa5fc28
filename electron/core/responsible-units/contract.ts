import type { ResponsibleUnit, UnitCreate, UnitListArgs, UnitUpdate, UnitVoid } from './schema'

/** The register of 责任单位: departments, offices, stations and every village. */
export interface ResponsibleUnitsContract {
  'responsibleUnits/list': { args: UnitListArgs; result: ResponsibleUnit[] }
  'responsibleUnits/create': { args: UnitCreate; result: ResponsibleUnit }
  'responsibleUnits/update': { args: UnitUpdate; result: ResponsibleUnit }
  'responsibleUnits/void': { args: UnitVoid; result: ResponsibleUnit }
}
