import type { Inspector, InspectorCreate, InspectorListArgs, InspectorUpdate, InspectorVoid } from './schema'

/** The roster of 检查人员 and 网格员, used as the pickers of inspections. */
export interface InspectorsContract {
  'inspectors/list': { args: InspectorListArgs; result: Inspector[] }
  'inspectors/create': { args: InspectorCreate; result: Inspector }
  'inspectors/update': { args: InspectorUpdate; result: Inspector }
  'inspectors/void': { args: InspectorVoid; result: Inspector }
}
