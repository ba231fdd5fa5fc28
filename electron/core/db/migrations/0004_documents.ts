import type { Migration } from '../migration'

/**
 * The document register (发文登记): every issued document with its 文号, the frozen data, settings
 * and template it was rendered from (so a reprint gives the same bytes), its file's hash, what it
 * concerns, who drafted, checked and signed it, and its delivery. doc_counters holds the last
 * sequence of each 代字 and year; a number, once taken, is never given again.
 */
export const m0004_documents: Migration = {
  version: 4,
  name: '0004_documents',
  sql: /* sql */ `
CREATE TABLE doc_counters (
  prefix TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 1),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (prefix, year)
);

-- Each template bytes an issued document was rendered with, kept once by its hash.
CREATE TABLE document_templates (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  kind TEXT NOT NULL,
  custom INTEGER NOT NULL CHECK (custom IN (0, 1)),
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE document_batches (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  total INTEGER NOT NULL,
  issued INTEGER NOT NULL DEFAULT 0,
  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  combined_path TEXT,
  combined_sha256 TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  -- 文号; null for kinds that carry none (约谈笔录).
  number TEXT,
  prefix TEXT,
  year INTEGER NOT NULL,
  seq INTEGER,
  title TEXT NOT NULL,
  recipient TEXT NOT NULL DEFAULT '',
  issue_date TEXT NOT NULL,
  -- What the document concerns. Interviews and supervisions come with later migrations: plain references.
  case_id TEXT REFERENCES cases (id),
  subject_id TEXT REFERENCES subjects (id),
  interview_id TEXT,
  supervision_id TEXT,
  batch_id TEXT REFERENCES document_batches (id),
  drafted_by TEXT NOT NULL,
  reviewed_by TEXT NOT NULL DEFAULT '',
  signed_by TEXT NOT NULL DEFAULT '',
  -- Relative to the data folder, with forward slashes.
  file_path TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL,
  data TEXT NOT NULL,
  settings TEXT NOT NULL,
  template_sha256 TEXT NOT NULL REFERENCES document_templates (sha256),
  delivered_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('issued', 'voided')),
  void_reason TEXT,
  voided_at TEXT,
  voided_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  CHECK ((number IS NULL) = (seq IS NULL) AND (number IS NULL) = (prefix IS NULL)),
  CHECK ((status = 'voided') = (voided_at IS NOT NULL))
);
CREATE UNIQUE INDEX documents_number ON documents (number) WHERE number IS NOT NULL;
CREATE UNIQUE INDEX documents_seq ON documents (prefix, year, seq) WHERE seq IS NOT NULL;
CREATE INDEX documents_date ON documents (issue_date, created_at);
CREATE INDEX documents_kind ON documents (kind, issue_date);
CREATE INDEX documents_case ON documents (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX documents_subject ON documents (subject_id) WHERE subject_id IS NOT NULL;
CREATE INDEX documents_batch ON documents (batch_id) WHERE batch_id IS NOT NULL;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'documents are voided, never deleted'); END;
CREATE TRIGGER documents_frozen BEFORE UPDATE OF kind, number, prefix, year, seq, data, settings, template_sha256, sha256 ON documents
BEGIN SELECT RAISE(ABORT, 'an issued document is frozen'); END;
`,
}
