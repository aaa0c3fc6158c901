import t from 'tap'
import type { Db } from '../../src/db/open.js'
import { getArticle } from '../../src/queries/articles.js'
import { listClaimsJson } from '../../src/queries/claims.js'
import { encodeCursor } from '../../src/queries/cursor.js'
import { disputesOfEvent } from '../../src/queries/disputes.js'
import { getEntity } from '../../src/queries/entities.js'
import { figuresOfEvent } from '../../src/queries/figures.js'
import { responsibilityBySource } from '../../src/queries/responsibility.js'
import { CROCUS, testDb } from '../helpers/app.js'

// The key queries must stay on their indexes: a full scan of a big table (or a plan that walks the
// wrong index) does not show on five articles, only at scale. Every statement a query function
// prepares is explained and its plan checked.
const BIG = /^SCAN (claims|claim_docs|articles|mentions|entity_aliases|article_entities|co_mentions|entity_event_stats|event_figure_stats|event_target_stats)(?! USING)/

function plansOf(db: Db, run: () => unknown): string[][] {
  const client = db.$client
  const prepare = client.prepare.bind(client)
  const statements: string[] = []
  client.prepare = ((source: string) => {
    statements.push(source)
    return prepare(source)
  }) as typeof client.prepare
  try {
    run()
  } finally {
    client.prepare = prepare
  }
  return statements.map((s) => {
    const unquoted = s.replace(/'[^']*'/g, '')
    const named = [...unquoted.matchAll(/@(\w+)/g)].map((m) => m[1]!)
    const params = named.length ? [Object.fromEntries(named.map((name) => [name, 'x']))] : Array((unquoted.match(/\?/g) ?? []).length).fill('x')
    return (prepare(`EXPLAIN QUERY PLAN ${s}`).all(...params) as { detail: string }[]).map((r) => r.detail)
  })
}

const db = testDb(t)
const crocus = { id: CROCUS, name: 'Crocus City Hall attack' }
const cases: [string, () => unknown, RegExp[]][] = [
  // A kind and its own field (a count's metric, a stance, quotes alone): one statement, however deep the page.
  ['claims by kind and metric, any page', () => listClaimsJson(db, { kind: 'count', metric: 'killed', limit: 50, cursor: encodeCursor([40]) }), [/COVERING INDEX claim_docs_list_idx \(kind=\? AND facet=\? AND seq>\?\)/]],
  ['claims by kind, metric and method', () => listClaimsJson(db, { kind: 'count', metric: 'killed', method: 'extracted', limit: 50 }), [/claims_kind_metric_idx/, /claim_docs USING INTEGER PRIMARY KEY/]],
  ['claims of an event', () => listClaimsJson(db, { event: CROCUS, limit: 50 }), [/claims_event/]],
  ['responsibility by article', () => responsibilityBySource(db, crocus, { by: 'article', limit: 50 }), [/articles_event_idx/, /claims_article_idx/]],
  ['responsibility by claimant', () => responsibilityBySource(db, crocus, { by: 'claimant', limit: 50 }), [/COVERING INDEX claims_event_targets_idx/]],
  ['responsibility by target', () => responsibilityBySource(db, crocus, { by: 'target', limit: 50 }), [/COVERING INDEX claims_event_targets_idx/]],
  ['figures of an event', () => figuresOfEvent(db, crocus, 'killed'), [/event_figure_stats USING PRIMARY KEY/, /articles_event_published_idx/, /claims_event_subsets_idx/]],
  ['disputes of an event', () => disputesOfEvent(db, crocus), [/event_target_stats USING PRIMARY KEY/, /event_figure_stats USING PRIMARY KEY/]],
  [
    'an entity profile',
    () => getEntity(db, 'vladimir-putin'),
    [/entity_event_stats USING PRIMARY KEY/, /article_entities USING (COVERING )?INDEX article_entities_entity_idx/, /co_mentions USING (COVERING )?INDEX co_mentions_top_idx/, /claims_claimant_idx/, /claims_target_idx/],
  ],
  ['an article', () => getArticle(db, 'd77f2436c617f0ca'), [/articles_id_unique/, /mentions_article_span_uq|mentions_article/]],
]
for (const [name, run, expected] of cases) {
  t.test(name, async (t) => {
    const plans = plansOf(db, run)
    t.ok(plans.length > 0, 'it ran statements')
    const lines = plans.flat()
    for (const line of lines) t.notMatch(line, BIG, `no full scan: ${line}`)
    for (const index of expected) t.ok(lines.some((l) => index.test(l)), `uses ${index.source}`)
  })
}
