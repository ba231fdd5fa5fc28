import { handler } from '../registry'
import { campaignFileContent } from './files'
import * as repo from './repo'
import {
  campaignAttachSchema,
  campaignCloseSchema,
  campaignCreateSchema,
  campaignFileSchema,
  campaignGetSchema,
  campaignListSchema,
  campaignTagSchema,
  campaignUpdateSchema,
  campaignVoidSchema,
} from './schema'
import { tagged, tagRecords } from './tags'
import { attachNotice, closeCampaign, createCampaign, liveCampaign, updateCampaign, voidCampaign } from './service'

export const campaignHandlers = [
  handler('campaigns/list', campaignListSchema, (args, ctx) => repo.list(ctx.db, ctx.clock.today(), args.includeVoided, args.status)),
  handler('campaigns/get', campaignGetSchema, (args, ctx) => liveCampaign(ctx, args.id)),
  handler('campaigns/create', campaignCreateSchema, (args, ctx) => createCampaign(ctx, args)),
  handler('campaigns/update', campaignUpdateSchema, (args, ctx) => updateCampaign(ctx, args)),
  handler('campaigns/close', campaignCloseSchema, (args, ctx) => closeCampaign(ctx, args)),
  handler('campaigns/void', campaignVoidSchema, (args, ctx) => voidCampaign(ctx, args)),
  handler('campaigns/attachNotice', campaignAttachSchema, (args, ctx) => attachNotice(ctx, args)),
  handler('campaigns/documents', campaignGetSchema, (args, ctx) => repo.documents(ctx.db, liveCampaign(ctx, args.id).id)),
  handler('campaigns/tag', campaignTagSchema, (args, ctx) => tagRecords(ctx, args)),
  handler('campaigns/tagged', campaignGetSchema, (args, ctx) => tagged(ctx, liveCampaign(ctx, args.id).id)),
  handler('campaigns/file', campaignFileSchema, (args, ctx) => campaignFileContent(ctx, args.id)),
]
