// What an ingest is given and the error of one that ran out of time: shared by the HTTP route, the
// CLI and the Ingestor, and free of any database import (routes import it; see
// test/routes/no-database.test.ts).
import { ApiError } from '../domain/errors.js'

export interface IngestInput {
  text: string
  title?: string | null
  outlet?: string | null
  url?: string | null
  published_at?: string | null
  /** An event id or name; when absent the article is matched to an event by place and date. */
  event?: string | null
}

/** The 422 of an article whose reading or extraction ran past its time budget (EXTRACTION_TIMEOUT_MS). */
export function extractionTimeoutError(budgetMs: number, chars: number): ApiError {
  return new ApiError(
    422,
    'extraction_timeout',
    `text: extracting this article (${chars} characters) took longer than the ${budgetMs} ms allowed (EXTRACTION_TIMEOUT_MS); nothing was stored`,
    [{ field: 'text', message: `extraction over ${budgetMs} ms` }],
  )
}
