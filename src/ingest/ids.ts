import { createHash } from 'node:crypto'

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/** Article ids come from the text, so the same text always gets the same id. */
export const articleIdOf = (contentHash: string) => contentHash.slice(0, 16)

/** Claim ids come from what the claim says and where, so re-seeding and re-ingesting keep them. */
export function claimIdOf(articleId: string, parts: (string | number | null)[]): string {
  return 'c' + sha256([articleId, ...parts].map((p) => p ?? '').join('|')).slice(0, 15)
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
