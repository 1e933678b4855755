/** Typed failures of the knowledge base. Per-file problems are never errors: they become `skipped` entries. */
import { TandemError } from '../errors.ts';

/** An ingest run could not proceed at all (e.g. two sources share a name). */
export class KnowledgeIngestError extends TandemError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INGEST_FAILED', message, options);
  }
}

/**
 * A file the knowledge base will not index, with a reason a person can act on. Thrown by the file
 * checks and parsers, caught by the ingest run and turned into a `skipped` entry.
 */
export class DocumentRejectedError extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'DocumentRejectedError';
  }
}
