import { dateProblem } from './dates.js'
import { z } from 'zod'
import {
  ClaimKindSchema,
  EntityKindSchema,
  MethodSchema,
  MetricSchema,
  QualifierSchema,
  StanceSchema,
} from './model.js'

// Request and response schemas of the HTTP API (DESIGN §4). They validate requests, serialize
// responses and generate the OpenAPI document: one source, so the docs cannot drift.

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string().optional(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' })

/** The errors every authenticated write can answer with. */
export const WRITE_ERRORS = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema }

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) })

export const LimitSchema = z.coerce
  .number()
  .int('must be an integer')
  .min(1, 'must be between 1 and 500')
  .max(500, 'must be between 1 and 500')
  .default(50)
  .describe('Page size, 1–500.')
export const CursorSchema = z
  .string()
  .min(1)
  .max(500)
  .optional()
  .describe('Opaque cursor from the previous page\'s next_cursor.')
const Id = z.string().min(1).max(200)

export const EntityRefSchema = z
  .object({ id: z.string(), name: z.string(), kind: EntityKindSchema })
  .meta({ id: 'EntityRef' })

// Every span the API serves carries its offsets in two units (README "Offsets", src/domain/code-points.ts).
const START_UTF16 = "Offset of the span's first character, in UTF-16 code units of the article text (JavaScript string index)."
const END_UTF16 = "Offset just past the span's last character, in UTF-16 code units of the article text (exclusive)."
const START_CP = "The span's start in Unicode code points of the article text (Python str, Rust chars(), Go runes): a character outside the BMP (most emoji) counts 1, where start counts it 2. Python: text[start_cp:end_cp]."
const END_CP = "Just past the span's end in Unicode code points of the article text (exclusive)."

/** A [start, end) span of the article text, in UTF-16 code units and in code points. */
export const SpanSchema = z.object({
  start: z.number().int().describe(START_UTF16),
  end: z.number().int().describe(END_UTF16),
  start_cp: z.number().int().describe(START_CP),
  end_cp: z.number().int().describe(END_CP),
})
export type Span = z.infer<typeof SpanSchema>

export const EvidenceSchema = z.object({ text: z.string(), ...SpanSchema.shape })

export const ArticleRefSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published_at: z.string().nullable(),
})

export const EventRefSchema = z.object({ id: z.string(), name: z.string() })

export const ClaimSchema = z
  .object({
    id: z.string(),
    kind: ClaimKindSchema,
    article: ArticleRefSchema,
    event: EventRefSchema.nullable(),
    claimant: EntityRefSchema.nullable(),
    claimant_text: z
      .string()
      .nullable()
      .describe('a claimant named only by description, as written ("survivors", "police"; claimant then null); both null: the article\'s own voice'),
    target: EntityRefSchema.nullable(),
    target_text: z
      .string()
      .nullable()
      .describe('a responsibility target named only by description, as written ("radical Islamists", "the organisers"; target then null)'),
    stance: StanceSchema.nullable(),
    metric: MetricSchema.nullable(),
    value: z.number().int().nullable(),
    qualifier: QualifierSchema.nullable(),
    subset: z
      .string()
      .nullable()
      .describe('a count of part of the victims: the part as written ("women", "American troops"); null for a total. Subsets stay out of an event\'s figure summaries'),
    quote: z.string().nullable(),
    evidence: EvidenceSchema,
    method: MethodSchema,
    confidence: z.number(),
  })
  .meta({ id: 'Claim' })
export type Claim = z.infer<typeof ClaimSchema>

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    published_at: z.string().nullable(),
    language: z.string(),
    content_hash: z.string(),
    word_count: z.number().int(),
    event: EventRefSchema.nullable(),
    ingested_at: z.string(),
  })
  .meta({ id: 'ArticleSummary' })
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>

export const ArticleEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityKindSchema,
  aliases: z.array(z.string()),
  mentions: z.array(EvidenceSchema),
})

export const ArticleDetailSchema = ArticleSummarySchema.extend({
  text: z.string(),
  entities: z.array(ArticleEntitySchema),
  claims: z.array(ClaimSchema),
}).meta({ id: 'Article' })
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>

export const EntitySummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: EntityKindSchema,
    parent: EntityRefSchema.nullable(),
    description: z.string().nullable(),
    wikidata: z.string().nullable(),
  })
  .meta({ id: 'EntitySummary' })
export type EntitySummary = z.infer<typeof EntitySummarySchema>

export const EntityDetailSchema = EntitySummarySchema.extend({
  aliases: z.array(z.string()),
  children: z.array(EntityRefSchema),
  counts: z.object({
    articles: z.number().int(),
    mentions: z.number().int(),
    claims_made: z.number().int(),
    claims_about: z.number().int(),
  }),
  articles: z.array(ArticleRefSchema.extend({ mentions: z.number().int() })).describe('the 20 articles that name it most (latest first among equals); counts.articles says how many in all'),
  claims_made: z.array(ClaimSchema).describe('its first 20 claims; /v1/claims?claimant={id} has them all'),
  claims_about: z.array(ClaimSchema).describe('the first 20 claims about it; /v1/claims?target={id} has them all'),
  events: z
    .array(
      z.object({
        event: EventRefSchema.nullable().describe('null: articles attached to no event'),
        articles: z.number().int(),
        mentions: z.number().int(),
        claims_made: z.number().int(),
        claims_about: z.number().int(),
        co_mentioned: z
          .array(z.object({ entity: EntityRefSchema, articles: z.number().int() }))
          .describe('the 10 entities named in most of the same articles; listed for the 20 events where it is mentioned most, empty for the others'),
      }),
    )
    .describe('the entity per event it appears in, most mentions first'),
}).meta({ id: 'Entity' })
export type EntityDetail = z.infer<typeof EntityDetailSchema>

export const EventSummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    date: z.string().nullable(),
    place: EntityRefSchema.nullable(),
    parent: EventRefSchema.nullable(),
    description: z.string().nullable(),
    article_count: z.number().int(),
  })
  .meta({ id: 'EventSummary' })
export type EventSummary = z.infer<typeof EventSummarySchema>

export const EventDetailSchema = EventSummarySchema.extend({
  claim_counts: z.object({
    total: z.number().int(),
    responsibility: z.number().int(),
    count: z.number().int(),
    quote: z.number().int(),
  }),
  articles: z.array(ArticleRefSchema),
}).meta({ id: 'Event' })
export type EventDetail = z.infer<typeof EventDetailSchema>

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next_cursor: z.string().nullable() })
}

export const ArticleListQuerySchema = z.strictObject({
  event: Id.optional().describe('Event id.'),
  outlet: z.string().min(1).max(200).optional().describe('Outlet name, exactly.'),
  entity: Id.optional().describe('Only articles that mention this entity id.'),
  q: z.string().min(1).max(500).optional().describe('Words or "phrases" that the title or text contains (full-text).'),
  limit: LimitSchema,
  cursor: CursorSchema,
})
export type ArticleListQuery = z.infer<typeof ArticleListQuerySchema>

export const EntityListQuerySchema = z.strictObject({
  kind: EntityKindSchema.optional(),
  q: z.string().min(1).max(200).optional().describe('Part of the name or of an alias.'),
  limit: LimitSchema,
  cursor: CursorSchema,
})
export type EntityListQuery = z.infer<typeof EntityListQuerySchema>

export const CLAIM_FACETS = ['claimant', 'target', 'stance', 'metric', 'article', 'outlet'] as const
export const ClaimFacetSchema = z.enum(CLAIM_FACETS)
export type ClaimFacet = z.infer<typeof ClaimFacetSchema>

export const FacetValueSchema = z.object({
  value: z.string().nullable(),
  label: z.string().nullable(),
  count: z.number().int(),
})

export const ClaimPageSchema = pageOf(ClaimSchema).extend({
  facets: z.partialRecord(ClaimFacetSchema, z.array(FacetValueSchema)).optional(),
})

export const ClaimListQuerySchema = z.strictObject({
  kind: ClaimKindSchema.optional(),
  stance: StanceSchema.optional(),
  metric: MetricSchema.optional(),
  claimant: Id.optional().describe('Claimant entity id.'),
  target: Id.optional().describe('Target entity id.'),
  article: Id.optional(),
  event: Id.optional(),
  method: MethodSchema.optional(),
  q: z.string().min(1).max(500).optional().describe('Words or "phrases" that the evidence or quote contains (full-text).'),
  facet: z
    .union([ClaimFacetSchema, z.array(ClaimFacetSchema)])
    .transform((f) => [...new Set(Array.isArray(f) ? f : [f])])
    .optional()
    .describe('Count claims per value of these columns, for the current filters (repeatable).'),
  limit: LimitSchema,
  cursor: CursorSchema,
})
export type ClaimListQuery = z.infer<typeof ClaimListQuerySchema>

export const EventListQuerySchema = z.strictObject({ limit: LimitSchema, cursor: CursorSchema })
export type EventListQuery = z.infer<typeof EventListQuerySchema>

export const GROUP_BY = ['article', 'claimant', 'outlet', 'target'] as const
/** Claims listed per group of a responsibility page unless `claims=` says otherwise. */
export const RESPONSIBILITY_CLAIMS = 20
export const ResponsibilityQuerySchema = z.strictObject({
  by: z.enum(GROUP_BY).default('article'),
  limit: LimitSchema.default(20).describe('Groups per page (1–500); next_cursor pages on.'),
  claims: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(RESPONSIBILITY_CLAIMS)
    .describe('Claims listed per group (1–500), oldest first; claims_total counts them all.'),
  cursor: CursorSchema,
})
export type ResponsibilityQuery = z.infer<typeof ResponsibilityQuerySchema>

export const ResponsibilitySchema = z
  .object({
    event: EventRefSchema,
    by: z.enum(GROUP_BY),
    groups: z.array(
      z.object({
        key: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
        claims_total: z.number().int().describe('claims in the group; the first `claims=` are listed'),
        claims: z.array(ClaimSchema),
      }),
    ),
    next_cursor: z.string().nullable(),
  })
  .meta({ id: 'ResponsibilityBySource' })
export type Responsibility = z.infer<typeof ResponsibilitySchema>

export const FiguresQuerySchema = z.strictObject({
  metric: MetricSchema.optional(),
  limit: LimitSchema.default(20).describe('Figures listed per metric (1–500), oldest first; the summary covers them all.'),
})

export const IntervalSchema = z.object({
  low: z.number(),
  high: z.number().nullable().describe('null = unbounded'),
})

export const FigureSchema = z.object({
  claim_id: z.string(),
  value: z.number().int(),
  qualifier: QualifierSchema,
  interval: IntervalSchema,
  article: ArticleRefSchema,
  claimant: EntityRefSchema.nullable(),
  claimant_text: z.string().nullable().describe('a source named only by description, as written ("police")'),
  subset: z.string().nullable().describe('the part of the victims counted, as written; null for a total'),
  evidence: EvidenceSchema,
  method: MethodSchema,
})

export const FiguresSchema = z
  .object({
    event: EventRefSchema,
    consistency_rule: z.string(),
    metrics: z.array(
      z.object({
        metric: MetricSchema,
        figures: z.array(FigureSchema).describe('the totals, oldest publication first'),
        truncated: z.boolean().describe('more figures than `limit`; the summary still covers all'),
        subsets: z
          .array(FigureSchema)
          .describe('figures of part of the victims ("of whom 25 were women"), oldest publication first, at most `limit`: shown apart, never in the summary'),
        summary: z.object({
          count: z.number().int().describe('totals reported (figures with a subset are not counted)'),
          min: z.number().int().nullable().describe('null when only subsets were reported'),
          max: z.number().int().nullable(),
          latest: FigureSchema.nullable(),
          distinct_values: z.array(z.number().int()),
          consistent: z.boolean(),
          common_interval: IntervalSchema.nullable(),
        }),
      }),
    ),
  })
  .meta({ id: 'Figures' })
export type Figures = z.infer<typeof FiguresSchema>

export const StatsSchema = z.object({
  articles: z.number().int(),
  entities: z.number().int(),
  events: z.number().int(),
  claims: z.object({
    total: z.number().int(),
    responsibility: z.number().int(),
    count: z.number().int(),
    quote: z.number().int(),
  }),
})

export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() })

/** A date or date-time that exists: "2024-02-30" is refused ("is not a real date: February 2024 has 29 days"). */
const realDate = (s: string, ctx: z.RefinementCtx) => {
  const problem = dateProblem(s)
  if (problem) ctx.addIssue({ code: 'custom', message: `is not a real date: ${problem}` })
}

const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'must be an ISO 8601 date or date-time')
  .superRefine(realDate)

/** Metadata of an article sent for ingestion; with a text/plain or text/html body it goes in the query. */
export const ArticleMetaSchema = z.strictObject({
  title: z.string().min(1).max(1000).nullish(),
  outlet: z.string().min(1).max(200).nullish(),
  url: z.url().max(2000).nullish(),
  published_at: IsoDateTime.nullish(),
  event: z.string().min(1).max(200).nullish().describe('Event id or name to attach the article to.'),
})

export const ArticleInputSchema = ArticleMetaSchema.extend({
  text: z.string().describe('The article text (plain); offsets of every span refer to it after normalization.'),
})
/** POST /v1/articles' JSON body: an article's text, or the URL of its page to fetch (issue 19). */
export const ArticleRequestSchema = ArticleInputSchema.extend({
  text: ArticleInputSchema.shape.text.optional().describe('The article text (plain). Leave it out and give `url` to have the page fetched and read as HTML.'),
}).refine((a) => a.text !== undefined || (a.url !== undefined && a.url !== null), {
  message: 'give the article as text, or the URL of its page as url (the page is then fetched)',
  path: ['text'],
})
export type ArticleInput = z.infer<typeof ArticleInputSchema>

export const IngestedArticleSchema = ArticleDetailSchema.extend({ duplicate: z.boolean() }).meta({ id: 'IngestedArticle' })

const DisputeSideSchema = z.object({
  claimant: EntityRefSchema.nullable().describe('null = the article\'s own voice'),
  stances: z.array(StanceSchema),
  claims: z.number().int().describe('how many claims this claimant makes on this side'),
  articles: z.array(ArticleRefSchema).describe('up to 3 articles that report them'),
  claim_ids: z.array(z.string()).describe('up to 3 of the claims'),
})

export const DisputesSchema = z
  .object({
    event: EventRefSchema,
    rules: z.object({ targets: z.string(), figures: z.string() }),
    targets: z.array(
      z.object({
        target: EntityRefSchema,
        blamed_by: z.array(DisputeSideSchema).describe('claimants who assert or suggest the target did it'),
        denied_by: z.array(DisputeSideSchema).describe('claimants who say the target was not involved'),
      }),
    ),
    figures: z.array(
      z.object({
        metric: MetricSchema,
        readings: z.array(
          z.object({
            value: z.number().int(),
            qualifier: QualifierSchema,
            interval: IntervalSchema,
            claims: z.number().int().describe('how many claims report this reading'),
            articles: z.array(ArticleRefSchema).describe('up to 3 articles that report it'),
            claim_ids: z.array(z.string()).describe('up to 3 of the claims'),
          }),
        ).describe('the 30 most reported readings'),
        conflicts: z
          .array(z.tuple([z.number().int(), z.number().int()]))
          .describe('pairs of indexes into readings whose ranges share no value'),
        latest: FigureSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'Disputes' })
export type Disputes = z.infer<typeof DisputesSchema>

export const SearchQuerySchema = z.strictObject({
  q: z.string().min(1).max(500).describe('Words and "quoted phrases", all of which must match; FTS5 operators (AND, OR, NOT, NEAR, prefix*) are honoured.'),
  kind: z.enum(['article', 'claim']).default('article'),
  limit: LimitSchema,
  cursor: CursorSchema,
})

export const SearchHitSchema = z
  .object({
    kind: z.enum(['article', 'claim']),
    rank: z.number().describe('bm25: lower is better'),
    article: ArticleRefSchema,
    claim: ClaimSchema.nullable(),
    snippet: z.string().describe('the best passage, matches wrapped in <mark></mark>'),
    hits: z.array(SpanSchema).describe('[start, end) of each match in the article text'),
  })
  .meta({ id: 'SearchHit' })

/** Matches ranked per search, the newest first (see queries/search.ts). */
export const SEARCH_WINDOW = 10_000

export const SearchPageSchema = pageOf(SearchHitSchema).extend({
  window: z
    .object({
      ranked: z.number().int().describe(`how many matches were ranked: the newest, at most ${SEARCH_WINDOW.toLocaleString('en-US')}`),
      complete: z.boolean().describe('every match was ranked; false: older matches were left out (add words to narrow the search)'),
    })
    .describe('what the ranking covered'),
})

// Curation (writes behind bearer auth, each recorded in the audit trail).

const EntityIdRef = z.string().min(1).max(200)

/**
 * An evidence span sent by a curator: [start, end) in UTF-16 code units, or [start_cp, end_cp) in
 * code points (what a Python, Go or Rust client counts), one pair or the other.
 */
export const EvidenceInputSchema = z
  .strictObject({
    start: z.number().int().min(0).optional().describe(`${START_UTF16} Give start and end, or start_cp and end_cp.`),
    end: z.number().int().min(1).optional().describe(END_UTF16),
    start_cp: z.number().int().min(0).optional().describe(`${START_CP} Give start_cp and end_cp, or start and end.`),
    end_cp: z.number().int().min(1).optional().describe(END_CP),
    text: z.string().optional().describe('if given, must equal the article text at the span'),
  })
  .superRefine((e, ctx) => {
    const utf16 = e.start !== undefined || e.end !== undefined
    const cp = e.start_cp !== undefined || e.end_cp !== undefined
    if (utf16 && cp) ctx.addIssue({ code: 'custom', message: 'give start and end (UTF-16 code units) or start_cp and end_cp (code points), not both' })
    else if (!utf16 && !cp) ctx.addIssue({ code: 'custom', message: 'give start and end (UTF-16 code units) or start_cp and end_cp (code points)' })
    else {
      const [a, b] = utf16 ? (['start', 'end'] as const) : (['start_cp', 'end_cp'] as const)
      for (const k of [a, b]) if (e[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `is required with ${k === a ? b : a}` })
    }
  })
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>

/** A claimant, target or subset kept as written (docs/annotation.md §2, §3). */
const WrittenText = z.string().trim().min(1).max(300)

export const ClaimPatchSchema = z
  .strictObject({
    stance: StanceSchema,
    target: EntityIdRef.nullable(),
    target_text: WrittenText.nullable().describe('a target named only by description, as written; setting it clears target'),
    claimant: EntityIdRef.nullable(),
    claimant_text: WrittenText.nullable().describe('a claimant named only by description, as written; setting it clears claimant'),
    metric: MetricSchema,
    value: z.number().int().min(0).max(10_000_000),
    qualifier: QualifierSchema,
    subset: WrittenText.nullable().describe('the part of the victims a count is about, as written; null for a total'),
    event: z.string().min(1).max(200).nullable(),
    evidence: EvidenceInputSchema.describe('a corrected evidence span of the claim\'s article'),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'name at least one field to change')
export type ClaimPatch = z.infer<typeof ClaimPatchSchema>

export const ClaimCreateSchema = z.strictObject({
  article: z.string().min(1).max(200),
  kind: ClaimKindSchema,
  claimant: EntityIdRef.nullable().default(null),
  claimant_text: WrittenText.nullable().default(null).describe('a claimant named only by description, as written ("survivors"); claimant then null'),
  target: EntityIdRef.nullable().default(null),
  target_text: WrittenText.nullable().default(null).describe('a target named only by description, as written ("radical Islamists"); target then null'),
  stance: StanceSchema.nullable().default(null),
  metric: MetricSchema.nullable().default(null),
  value: z.number().int().min(0).max(10_000_000).nullable().default(null),
  qualifier: QualifierSchema.nullable().default(null),
  subset: WrittenText.nullable().default(null).describe('a count of part of the victims: the part as written ("minors")'),
  quote: z.string().min(1).max(10_000).nullable().default(null),
  evidence: EvidenceInputSchema,
})
export type ClaimCreate = z.infer<typeof ClaimCreateSchema>

export const EntityPatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(300),
    kind: EntityKindSchema,
    parent: EntityIdRef.nullable(),
    description: z.string().max(5000).nullable(),
    wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata id such as Q7747').nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'name at least one field to change')
export type EntityPatch = z.infer<typeof EntityPatchSchema>

export const AliasBodySchema = z.strictObject({ alias: z.string().trim().min(1).max(300) })
export const AliasParamsSchema = z.object({ id: z.string().min(1).max(200), alias: z.string().min(1).max(300) })
export const AliasesSchema = z.object({ aliases: z.array(z.string()) })
export const MergeBodySchema = z.strictObject({ into: EntityIdRef })

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').superRefine(realDate)
export const EventCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(300),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated slug').optional(),
  date: IsoDate.nullable().default(null),
  place: EntityIdRef.nullable().default(null),
  parent: z.string().min(1).max(200).nullable().default(null),
  description: z.string().max(5000).nullable().default(null),
})
export type EventCreate = z.infer<typeof EventCreateSchema>
export const EventPatchSchema = EventCreateSchema.omit({ slug: true })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'name at least one field to change')
export type EventPatch = z.infer<typeof EventPatchSchema>
export const ArticleEventBodySchema = z.strictObject({ event: z.string().min(1).max(200).nullable() })

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string().describe("the name of the key that made the change (never the key)"),
    action: z.string(),
    resource: z.enum(['article', 'entity', 'claim', 'event', 'alias']),
    resource_id: z.string(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .meta({ id: 'AuditEntry' })
export const AuditQuerySchema = z.strictObject({
  resource: z.enum(['article', 'entity', 'claim', 'event', 'alias']).optional(),
  id: z.string().min(1).max(300).optional().describe('resource id'),
  limit: LimitSchema,
  cursor: CursorSchema,
})
export type AuditQuery = z.infer<typeof AuditQuerySchema>

export const EventExportSchema = z
  .object({
    exported_at: z.string(),
    event: EventDetailSchema,
    articles: z.array(ArticleDetailSchema.omit({ claims: true })),
    entities: z.array(z.object({ id: z.string(), name: z.string(), kind: EntityKindSchema, aliases: z.array(z.string()) })),
    claims: z.array(ClaimSchema),
  })
  .meta({ id: 'EventExport' })
