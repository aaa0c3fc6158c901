// Today's synchronous functions already answer in the shapes the Store promises (src/store/types.ts),
// so the sqlite store can wrap each one without changing a byte of an answer. Types only, checked by
// `npm run typecheck`; nothing here runs. When a function's answer and the interface part ways, the
// type check fails on the line naming that method.
import type * as curationArticles from '../curation/articles.js'
import type * as audit from '../curation/audit.js'
import type * as curationClaims from '../curation/claims.js'
import type * as curationEntities from '../curation/entities.js'
import type * as curationEvents from '../curation/events.js'
import type * as persist from '../ingest/persist.js'
import type * as registry from '../ingest/registry.js'
import type * as articles from '../queries/articles.js'
import type * as claims from '../queries/claims.js'
import type * as disputes from '../queries/disputes.js'
import type * as entities from '../queries/entities.js'
import type * as events from '../queries/events.js'
import type * as exports from '../queries/exports.js'
import type * as figures from '../queries/figures.js'
import type * as responsibility from '../queries/responsibility.js'
import type * as search from '../queries/search.js'
import type * as stats from '../queries/stats.js'
import type * as seed from '../../seed/loader.js'
import type { Store } from './types.js'

/** `Today` (a function's result) is what the store method `M` resolves to, both ways. */
type Same<Today, M extends keyof Store> = Store[M] extends (...args: never[]) => infer R
  ? [Today] extends [Awaited<R>]
    ? [Awaited<R>] extends [Today]
      ? true
      : { method: M; interfaceAnswersMoreThan: Today }
    : { method: M; todayAnswersMoreThan: Awaited<R> }
  : never
/** Today's parameters (after the database handle) are what the store method takes. */
type Takes<TodayParams extends unknown[], M extends keyof Store> = Store[M] extends (...args: infer P) => unknown
  ? [TodayParams] extends [P]
    ? true
    : { method: M; todayTakes: TodayParams }
  : never
/** Today's answer is one the store method may give (the interface's type is wider). */
type Fits<Today, M extends keyof Store> = Store[M] extends (...args: never[]) => infer R
  ? [Today] extends [Awaited<R>]
    ? true
    : { method: M; todayAnswersMoreThan: Awaited<R> }
  : never
type Rest<F> = F extends (db: never, ...rest: infer P) => unknown ? P : never
type Ok<T extends true> = T

export type Checks = [
  Ok<Same<ReturnType<typeof articles.getArticle>, 'getArticle'>>,
  Ok<Same<ReturnType<typeof entities.getEntity>, 'getEntity'>>,
  Ok<Same<ReturnType<typeof events.getEvent>, 'getEvent'>>,
  Ok<Same<ReturnType<typeof events.findEventRef>, 'eventRef'>>,
  Ok<Same<ReturnType<typeof curationEntities.redirectOf>, 'entityRedirect'>>,
  Ok<Same<ReturnType<typeof responsibility.responsibilityBySource>, 'responsibility'>>,
  Ok<Takes<Rest<typeof responsibility.responsibilityBySource>, 'responsibility'>>,
  Ok<Same<ReturnType<typeof figures.figuresOfEvent>, 'figures'>>,
  Ok<Takes<Rest<typeof figures.figuresOfEvent>, 'figures'>>,
  Ok<Same<ReturnType<typeof disputes.disputesOfEvent>, 'disputes'>>,
  Ok<Same<ReturnType<typeof articles.listArticles>, 'listArticles'>>,
  Ok<Same<ReturnType<typeof entities.listEntities>, 'listEntities'>>,
  Ok<Same<ReturnType<typeof events.listEvents>, 'listEvents'>>,
  Ok<Same<ReturnType<typeof claims.listClaimsJson>, 'claimsPageJson'>>,
  Ok<Same<ReturnType<typeof audit.listAudit>, 'listAudit'>>,
  Ok<Same<ReturnType<typeof stats.stats>, 'stats'>>,
  // Today's type says which kind every hit of a page is; the API's SearchPage does not.
  Ok<Fits<ReturnType<typeof search.search>, 'search'>>,
  Ok<Same<ReturnType<typeof exports.claimBatches> extends Iterable<infer B> ? AsyncIterable<B> : never, 'claimBatches'>>,
  Ok<Same<ReturnType<typeof exports.exportEvent>, 'exportEvent'>>,
  Ok<Same<ReturnType<typeof registry.loadRegistry>, 'registry'>>,
  Ok<Same<ReturnType<typeof persist.upsertEntity>, 'upsertEntity'>>,
  Ok<Same<ReturnType<typeof seed.loadSeed>, 'loadSeed'>>,
  Ok<Same<ReturnType<typeof curationClaims.createClaim>, 'createClaim'>>,
  Ok<Takes<Rest<typeof curationClaims.createClaim>, 'createClaim'>>,
  Ok<Same<ReturnType<typeof curationClaims.patchClaim>, 'patchClaim'>>,
  Ok<Takes<Rest<typeof curationClaims.patchClaim>, 'patchClaim'>>,
  Ok<Same<ReturnType<typeof curationClaims.deleteClaim>, 'deleteClaim'>>,
  Ok<Same<ReturnType<typeof curationEntities.patchEntity>, 'patchEntity'>>,
  Ok<Takes<Rest<typeof curationEntities.patchEntity>, 'patchEntity'>>,
  Ok<Same<ReturnType<typeof curationEntities.addAlias>, 'addAlias'>>,
  Ok<Same<ReturnType<typeof curationEntities.removeAlias>, 'removeAlias'>>,
  Ok<Same<ReturnType<typeof curationEntities.mergeEntity>, 'mergeEntity'>>,
  Ok<Same<ReturnType<typeof curationEvents.createEvent>, 'createEvent'>>,
  Ok<Same<ReturnType<typeof curationEvents.patchEvent>, 'patchEvent'>>,
  Ok<Same<ReturnType<typeof curationEvents.setArticleEvent>, 'setArticleEvent'>>,
  Ok<Same<ReturnType<typeof curationArticles.deleteArticleAudited>, 'deleteArticle'>>,
]
