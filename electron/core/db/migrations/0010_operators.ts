import type { Migration } from '../migration'

/**
 * Who works in the office and how a document is signed off:
 * - operators: the staff with their roles (经办 drafter, 审核 reviewer, 签发 signer) and an optional
 *   PIN (salted scrypt hash; five wrong tries lock the operator for a minute);
 * - document_drafts: a document on its way 草稿 → 审核 → 签发; the 文号 is taken only at 签发, when
 *   the draft becomes a registered document (document_id);
 * - audit_log gains a hash chain: each entry's hash covers its content and the previous entry's
 *   hash, so an entry changed or removed outside the program shows in `firedesk check`. Entries
 *   written before this migration carry no hash; the chain starts after them.
 */
export const m0010_operators: Migration = {
  version: 10,
  name: '0010_operators',
  sql: /* sql */ `
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_operator ON audit_log (operator, at);

CREATE TABLE operators (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- JSON array of 'drafter' | 'reviewer' | 'signer'.
  roles TEXT NOT NULL DEFAULT '[]',
  pin_salt TEXT,
  pin_hash TEXT,
  failed_pins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  voided_at TEXT,
  void_reason TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK ((pin_salt IS NULL) = (pin_hash IS NULL))
);
CREATE UNIQUE INDEX operators_name ON operators (name) WHERE voided_at IS NULL;
CREATE TRIGGER operators_no_delete BEFORE DELETE ON operators
BEGIN SELECT RAISE(ABORT, 'operators are voided, never deleted'); END;

CREATE TABLE document_drafts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL,
  case_id TEXT REFERENCES cases (id),
  subject_id TEXT REFERENCES subjects (id),
  -- interviewId, supervisionId, recheck choice and case step, as given when drafting.
  links TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL CHECK (status IN ('draft', 'reviewed', 'signed', 'voided')),
  drafted_by TEXT NOT NULL,
  drafted_at TEXT NOT NULL,
  reviewed_by TEXT,
  reviewed_at TEXT,
  signed_by TEXT,
  signed_at TEXT,
  returned_note TEXT,
  document_id TEXT REFERENCES documents (id),
  void_reason TEXT,
  voided_at TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK ((status = 'signed') = (document_id IS NOT NULL)),
  CHECK ((status = 'voided') = (voided_at IS NOT NULL))
);
CREATE INDEX document_drafts_status ON document_drafts (status, updated_at);
CREATE UNIQUE INDEX document_drafts_document ON document_drafts (document_id) WHERE document_id IS NOT NULL;
CREATE TRIGGER document_drafts_no_delete BEFORE DELETE ON document_drafts
BEGIN SELECT RAISE(ABORT, 'drafts are voided, never deleted'); END;
`,
}
