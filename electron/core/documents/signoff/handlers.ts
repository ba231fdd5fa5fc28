import { z } from 'zod'
import { handler } from '../../registry'
import { id } from '../../validation'
import { previewDraft } from './preview'
import * as repo from './repo'
import { draftIdSchema, draftListSchema, draftReviewSchema, draftSaveSchema, draftVoidSchema } from './schema'
import { signOffSheet } from './sheet'
import { draftRow, reviewDraft, saveDraft, signDraft, toRecord, voidDraft } from './service'

export const signOffHandlers = [
  handler('drafts/save', draftSaveSchema, (args, ctx) => saveDraft(ctx, args)),
  handler('drafts/review', draftReviewSchema, (args, ctx) => reviewDraft(ctx, args)),
  handler('drafts/sign', draftIdSchema, (args, ctx) => signDraft(ctx, args.id)),
  handler('drafts/void', draftVoidSchema, (args, ctx) => voidDraft(ctx, args.id, args.reason)),
  handler('drafts/list', draftListSchema, (args, ctx) => repo.list(ctx.db, args.status, args.caseId).map((r) => toRecord(ctx, r))),
  handler('drafts/get', draftIdSchema, (args, ctx) => toRecord(ctx, draftRow(ctx, args.id))),
  handler('drafts/preview', draftIdSchema, (args, ctx) => previewDraft(ctx, args.id)),
  handler('drafts/ofDocument', z.strictObject({ documentId: id('文书') }), (args, ctx) => {
    const r = repo.byDocument(ctx.db, args.documentId)
    return r === undefined ? null : toRecord(ctx, r)
  }),
  handler('drafts/sheet', z.strictObject({ documentId: id('文书') }), (args, ctx) => signOffSheet(ctx, args.documentId)),
]
