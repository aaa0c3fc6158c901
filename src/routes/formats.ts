// The representations of the claims exports (CSV, schema.org ClaimReview): pure functions of a
// Claim, no database (the rows come from the store).
import type { Claim } from '../domain/api.js'

export const CSV_COLUMNS = [
  'id', 'kind', 'article_id', 'article_title', 'outlet', 'published_at', 'event_id', 'event_name',
  'claimant_id', 'claimant_name', 'claimant_kind', 'claimant_text', 'target_id', 'target_name', 'target_kind', 'target_text', 'stance',
  'metric', 'value', 'qualifier', 'subset', 'quote', 'evidence_text', 'evidence_start', 'evidence_end', 'method', 'confidence',
  // Last, so that readers of the columns before them by position keep working: the evidence span in code points.
  'evidence_start_cp', 'evidence_end_cp',
] as const

/** A cell a spreadsheet would read as a formula: it starts with = + - @, a tab or a carriage return. */
const FORMULA = /^[=+\-@\t\r]/

/**
 * One CSV cell (RFC 4180). A text that a spreadsheet would run as a formula ("=HYPERLINK(…)",
 * "@SUM(…)", "-2+3") is neutralized as OWASP's CSV injection guidance says: a single quote before
 * it, the cell quoted; a reader recovers the text by dropping that leading quote. Numbers are
 * written as they are (a negative number is no formula).
 */
export function csvField(v: string | number | null): string {
  if (v === null) return ''
  if (typeof v === 'number') return String(v)
  if (FORMULA.test(v)) return `"'${v.replaceAll('"', '""')}"`
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v
}

export function csvRow(c: Claim): string {
  return [
    c.id, c.kind, c.article.id, c.article.title, c.article.outlet, c.article.published_at, c.event?.id ?? null, c.event?.name ?? null,
    c.claimant?.id ?? null, c.claimant?.name ?? null, c.claimant?.kind ?? null, c.claimant_text, c.target?.id ?? null, c.target?.name ?? null,
    c.target?.kind ?? null, c.target_text, c.stance, c.metric, c.value, c.qualifier, c.subset, c.quote, c.evidence.text, c.evidence.start, c.evidence.end,
    c.method, c.confidence, c.evidence.start_cp, c.evidence.end_cp,
  ].map(csvField).join(',')
}

const SCHEMA_TYPE = { person: 'Person', group: 'Organization', place: 'Place' } as const
const STANCE_WORDS = {
  asserts: 'says it was responsible',
  suggests: 'suggests it was responsible',
  denies: 'denies it was involved',
} as const

/**
 * A responsibility claim as a schema.org ClaimReview: the claim reviewed is the evidence; its author
 * is the claimant; where it appeared is the article. The rating carries the stance, not a verdict:
 * Newsclaims records who said what, it does not judge it.
 */
export function claimReview(c: Claim, base: string) {
  const thing = (e: NonNullable<Claim['claimant']>) => ({ '@type': SCHEMA_TYPE[e.kind], name: e.name, identifier: e.id })
  // A party named only by description ("survivors", "radical Islamists") is a Thing of that name.
  const written = (name: string | null) => (name !== null ? { '@type': 'Thing', name } : undefined)
  const targetName = c.target?.name ?? c.target_text
  return {
    '@type': 'ClaimReview',
    '@id': `${base}/v1/claims?article=${c.article.id}#${c.id}`,
    claimReviewed: c.evidence.text,
    itemReviewed: {
      '@type': 'Claim',
      author: c.claimant ? thing(c.claimant) : written(c.claimant_text) ?? { '@type': 'Organization', name: c.article.outlet ?? 'the article' },
      about: c.target ? thing(c.target) : written(c.target_text),
      appearance: {
        '@type': 'NewsArticle',
        identifier: c.article.id,
        headline: c.article.title ?? undefined,
        datePublished: c.article.published_at ?? undefined,
        publisher: c.article.outlet ? { '@type': 'Organization', name: c.article.outlet } : undefined,
      },
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: targetName !== null ? `${c.claimant?.name ?? c.claimant_text ?? 'The article'} ${STANCE_WORDS[c.stance!]}: ${targetName}` : c.stance,
      ratingExplanation: `stance: ${c.stance}; extracted by ${c.method} with confidence ${c.confidence}`,
    },
    author: { '@type': 'Organization', name: 'Newsclaims' },
  }
}
