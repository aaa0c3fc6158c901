import { z } from 'zod'

// The vocabulary of DESIGN §2, shared by the API, the seed loader and the pipeline.
export const ENTITY_KINDS = ['person', 'group', 'place'] as const
export const CLAIM_KINDS = ['responsibility', 'count', 'quote'] as const
export const STANCES = ['asserts', 'suggests', 'denies'] as const
export const METRICS = ['killed', 'injured', 'hospitalized', 'critical', 'missing', 'arrested'] as const
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'up_to'] as const
export const METHODS = ['curated', 'extracted'] as const

export const EntityKindSchema = z.enum(ENTITY_KINDS)
export const ClaimKindSchema = z.enum(CLAIM_KINDS)
export const StanceSchema = z.enum(STANCES)
export const MetricSchema = z.enum(METRICS)
export const QualifierSchema = z.enum(QUALIFIERS)
export const MethodSchema = z.enum(METHODS)

export type EntityKind = z.infer<typeof EntityKindSchema>
export type ClaimKind = z.infer<typeof ClaimKindSchema>
export type Stance = z.infer<typeof StanceSchema>
export type Metric = z.infer<typeof MetricSchema>
export type Qualifier = z.infer<typeof QualifierSchema>
export type Method = z.infer<typeof MethodSchema>

/** A [start, end) character range into an article's text, with the text it covers. */
export const SpanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().min(1),
})
export type Span = z.infer<typeof SpanSchema>
