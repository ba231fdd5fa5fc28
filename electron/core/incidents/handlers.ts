import { z } from 'zod'
import { handler } from '../registry'
import { id } from '../validation'
import { incidentCreateSchema, incidentListSchema, incidentUpdateSchema, incidentVoidSchema } from './schema'
import { createIncident, getIncident, listIncidents, updateIncident, voidIncident } from './service'

export const incidentHandlers = [
  handler('incidents/list', incidentListSchema, (a, ctx) => listIncidents(ctx, a)),
  handler('incidents/get', z.strictObject({ id: id('火灾事故') }), (a, ctx) => getIncident(ctx, a.id)),
  handler('incidents/create', incidentCreateSchema, (a, ctx) => createIncident(ctx, a)),
  handler('incidents/update', incidentUpdateSchema, (a, ctx) => updateIncident(ctx, a)),
  handler('incidents/void', incidentVoidSchema, (a, ctx) => voidIncident(ctx, a.id, a.reason)),
]
