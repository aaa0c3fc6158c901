import { z } from 'zod'
import {
  EntityKindSchema,
  MetricSchema,
  QualifierSchema,
  SpanSchema,
  StanceSchema,
} from './model.js'

// The curated seed's file formats (seed/annotations/*.json). Entities and events are referred to
// by slug; the loader turns slugs into ids.

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated slug')
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')

export const AnnotatedEntitySchema = z.strictObject({
  slug: Slug,
  name: z.string().min(1),
  kind: EntityKindSchema,
  aliases: z.array(z.string().min(1)),
  parent: Slug.nullable().default(null),
  description: z.string().nullable().default(null),
  wikidata: z.string().regex(/^Q\d+$/).nullable().default(null),
})

export const AnnotatedEventSchema = z.strictObject({
  slug: Slug,
  name: z.string().min(1),
  date: IsoDate.nullable(),
  place: Slug.nullable(),
  parent: Slug.nullable().default(null),
  description: z.string().nullable().default(null),
})

export const AnnotatedMentionSchema = SpanSchema.extend({ entity: Slug }).strict()

/** A claimant, target or subset kept as written (docs/annotation.md §2, §3). */
const Written = z.string().trim().min(1)

const ClaimBase = {
  claimant: Slug.nullable(),
  /** An unnamed collective voice as written ("survivors"); claimant then null. */
  claimant_text: Written.nullable().default(null),
  evidence: SpanSchema.strict(),
  confidence: z.number().min(0).max(1).default(1),
}

export const AnnotatedClaimSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('responsibility'),
    ...ClaimBase,
    stance: StanceSchema,
    target: Slug.nullable(),
    /** A party named only by description ("radical Islamists"); target then null. */
    target_text: Written.nullable().default(null),
  }).refine((c) => (c.target === null) !== (c.target_text === null), { message: 'give exactly one of target and target_text' }),
  z.strictObject({
    kind: z.literal('count'),
    ...ClaimBase,
    metric: MetricSchema,
    value: z.number().int().min(0),
    qualifier: QualifierSchema,
    /** The part of the victims counted, as written ("minors"); null for a total. */
    subset: Written.nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal('quote'),
    ...ClaimBase,
    claimant: Slug,
    quote: z.string().min(1),
  }),
])

export const AnnotatedArticleSchema = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.txt$/),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().url().nullable().default(null),
  published_at: IsoDate.nullable(),
  event: Slug.nullable(),
  mentions: z.array(AnnotatedMentionSchema),
  claims: z.array(AnnotatedClaimSchema),
})

export const EntitiesFileSchema = z.array(AnnotatedEntitySchema)
export const EventsFileSchema = z.array(AnnotatedEventSchema)

export type AnnotatedEntity = z.infer<typeof AnnotatedEntitySchema>
export type AnnotatedEvent = z.infer<typeof AnnotatedEventSchema>
export type AnnotatedArticle = z.infer<typeof AnnotatedArticleSchema>
export type AnnotatedClaim = z.infer<typeof AnnotatedClaimSchema>
