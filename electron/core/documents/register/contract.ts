import type { TemplatesContract } from '../../templates/contract'
import type { BatchArgs, DeliveredArgs, DraftArgs, IssueArgs, ListArgs, VoidArgs } from './schema'
import type {
  BatchResult,
  DocumentDetail,
  DocumentDraft,
  DocumentEntry,
  DocumentFile,
  DocumentKindInfo,
  DocumentPage,
  IssuedDocument,
  ReprintResult,
} from './types'

/** The document register: drafting, issuing with a 文号, the register itself, and batch letters. */
export interface DocumentsContract {
  'documents/kinds': { args: Record<string, never>; result: DocumentKindInfo[] }
  'documents/draft': { args: DraftArgs; result: DocumentDraft }
  'documents/issue': { args: IssueArgs; result: IssuedDocument }
  'documents/list': { args: ListArgs; result: DocumentPage }
  'documents/get': { args: { id: string }; result: DocumentDetail }
  'documents/void': { args: VoidArgs; result: DocumentEntry }
  'documents/markDelivered': { args: DeliveredArgs; result: DocumentEntry }
  'documents/reprint': { args: { id: string }; result: ReprintResult }
  'documents/file': { args: { id: string }; result: DocumentFile }
  /** Progress comes as 'documents/batch' events ({batchId, done, total}). */
  'documents/batch': { args: BatchArgs; result: BatchResult }
  'documents/batchCancel': { args: { batchId: string }; result: { cancelled: boolean } }
  'documents/batchFile': { args: { batchId: string }; result: DocumentFile }
}

/**
 * What only the desktop shell can do, answered by the main process before the core (the web
 * harness answers UNKNOWN_HANDLER, and the page downloads the file instead).
 */
export interface ShellContract {
  /** Opens the issued file (or a batch's combined file) in WPS or Word, to read or print. */
  'shell/openDocument': { args: { id: string } | { batchId: string }; result: { opened: boolean } }
  /** Asks where to save a copy of the file, and writes it there. */
  'shell/saveAs': { args: { id: string } | { batchId: string }; result: { saved: boolean; path: string | null } }
}

/** Every handler of official documents: the register, the templates, and the shell's file actions. */
export type OfficialDocumentsContract = DocumentsContract & TemplatesContract & ShellContract
