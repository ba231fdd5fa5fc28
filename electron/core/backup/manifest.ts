import { z } from 'zod'

export const MANIFEST = 'manifest.json'
export const DB_PART = 'firedesk.db'
export const FORMAT = 'firedesk-backup'

/** Folders of the data folder that a backup carries besides the database: issued documents too, as printed. */
export const DATA_FOLDERS = ['attachments', 'templates', 'documents'] as const

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  schemaVersion: z.number().int().min(1),
  officeName: z.string(),
  counts: z.record(z.string(), z.number().int()),
  parts: z.array(z.object({ path: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
})

export type Manifest = z.output<typeof manifestSchema>
export type ManifestPart = Manifest['parts'][number]
