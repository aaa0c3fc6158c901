import type { ClaimKind, EntityKind, Metric, Qualifier, Span, Stance } from './model.js'

/**
 * What the pipeline knows before it reads an article: every entity in the database with its
 * aliases. The pipeline never touches the database; the caller builds a Registry and passes it in.
 */
export interface RegistryEntity {
  id: string
  name: string
  kind: EntityKind
  aliases: string[]
  parentId: string | null
}

export interface Registry {
  entities: RegistryEntity[]
}

/**
 * An entity the article refers to. `id` is the registry id when the entity was already known,
 * null when NER found a new one (the persist step creates it with `name`, `kind` and `aliases`).
 * `ref` is the key that mentions and claims use to point at it within one Extraction.
 */
export interface ExtractedEntity {
  ref: string
  id: string | null
  name: string
  kind: EntityKind
  aliases: string[]
}

export interface ExtractedMention extends Span {
  ref: string
}

export interface ExtractedClaim {
  kind: ClaimKind
  claimant: string | null // an entity ref, or null for the article's own voice
  target: string | null // responsibility only
  /** A claimant or target named only by description, as written ("survivors"); its ref then null. */
  claimantText?: string | null
  targetText?: string | null
  /** A count of part of the victims, the part as written ("children"); absent or null for a total. */
  subset?: string | null
  stance: Stance | null
  metric: Metric | null
  value: number | null
  qualifier: Qualifier | null
  quote: string | null
  evidence: Span
  confidence: number
  /** true when the figure is about another event mentioned in passing (kept out of this event). */
  otherEvent?: boolean
}

export interface Extraction {
  text: string
  title: string | null
  language: string
  entities: ExtractedEntity[]
  mentions: ExtractedMention[]
  claims: ExtractedClaim[]
}
