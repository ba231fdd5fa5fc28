import type { Page } from '../paging'
import type { Coverage, CoverageArgs, InspectionDetail, InspectionListArgs, InspectionRow, InspectionVoid } from './schema'

export interface InspectionsContract {
  'inspections/list': { args: InspectionListArgs; result: Page<InspectionRow> }
  'inspections/get': { args: { id: string }; result: InspectionDetail }
  'inspections/void': { args: InspectionVoid; result: InspectionDetail }
  /** 检查率 of a period (a quarter, or from and to): total, by village, grid, kind of unit and kind of inspection. */
  'inspections/coverage': { args: CoverageArgs; result: Coverage }
}
