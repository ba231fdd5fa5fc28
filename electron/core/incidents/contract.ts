import type { FireIncident, IncidentCreate, IncidentList, IncidentListArgs, IncidentUpdate, IncidentVoid } from './schema'

/** The 火灾事故登记台账: rows from the villages' weekly reports or typed in, linkable to a unit and to hazards. */
export interface IncidentsContract {
  'incidents/list': { args: IncidentListArgs; result: IncidentList }
  'incidents/get': { args: { id: string }; result: FireIncident }
  'incidents/create': { args: IncidentCreate; result: FireIncident }
  'incidents/update': { args: IncidentUpdate; result: FireIncident }
  'incidents/void': { args: IncidentVoid; result: FireIncident }
}
