import { createHash } from 'node:crypto'

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/**
 * An article's text as a reader sees it, the form its content hash is computed over: Unicode NFC,
 * line endings unified, each run of spaces and tabs (and other horizontal spaces: no-break, thin…)
 * one space, each line trimmed, each run of blank lines one blank line, the whole trimmed. The same
 * story posted as JSON, as text with leading spaces and extra blank lines, and as an HTML page has
 * one form.
 */
export function readerForm(text: string): string {
  // Each pattern matches only what it changes (not every single space): linear, and fast on the
  // megabyte texts the API accepts.
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    // String.trim() took the line and paragraph separators and the BOM off each line's edges too.
    .replace(/[ \u2028\u2029\uFEFF]*\n[ \u2028\u2029\uFEFF]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The version of the content hash written now (articles.hash_version): 1, over readerForm. */
export const CONTENT_HASH_VERSION = 1

/** The content hash of an article's text (hex SHA-256 of its reader's form): equal for duplicates. */
export const contentHashOf = (text: string) => sha256(readerForm(text))

/**
 * Article ids come from the text as stored (hex SHA-256, 16 digits), so the same text always gets
 * the same id; they predate the reader's-form content hash and stay as they were.
 */
export const articleIdOf = (textHash: string) => textHash.slice(0, 16)

/** Claim ids come from what the claim says and where, so re-seeding and re-ingesting keep them. */
export function claimIdOf(articleId: string, parts: (string | number | null)[]): string {
  return 'c' + sha256([articleId, ...parts].map((p) => p ?? '').join('|')).slice(0, 15)
}

/**
 * The parts of a claim's id that only some claims have (a claimant or target kept as text, a count's
 * subset): none when all are null, so that the ids of claims without them stay what they were.
 */
export function textIdParts(t: { claimantText?: string | null; targetText?: string | null; subset?: string | null }): (string | null)[] {
  const parts = [t.claimantText ?? null, t.targetText ?? null, t.subset ?? null]
  return parts.every((p) => p === null) ? [] : parts
}

export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  )
}

/** Words: runs of non-space characters (counted without building an array of them). */
export function wordCount(text: string): number {
  let n = 0
  const word = /\S+/g
  while (word.exec(text)) n++
  return n
}
