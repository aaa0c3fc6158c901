import { createHash } from 'node:crypto'

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/** Article ids come from the text, so the same text always gets the same id. */
export const articleIdOf = (contentHash: string) => contentHash.slice(0, 16)

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

export const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length
