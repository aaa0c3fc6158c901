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

const ClaimBase = {
  claimant: Slug.nullable(),
  evidence: SpanSchema.strict(),
  confidence: z.number().min(0).max(1).default(1),
}

export const AnnotatedClaimSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('responsibility'),
    ...ClaimBase,
    stance: StanceSchema,
    target: Slug,
  }),
  z.strictObject({
    kind: z.literal('count'),
    ...ClaimBase,
    metric: MetricSchema,
    value: z.number().int().min(0),
    qualifier: QualifierSchema,
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
