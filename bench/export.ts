// Memory of a streamed export: 1,000,000 claims as NDJSON through the real server, with the
// process's resident memory sampled while the client reads. It reports; it asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { closeDatabase, openDatabase } from '../src/db/open.js'
import { loadSeed } from '../seed/loader.js'

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000)
const dir = mkdtempSync(join(tmpdir(), 'newsclaims-export-'))
const db = openDatabase(join(dir, 'export.db'))
try {
  loadSeed(db)
  let t0 = performance.now()
  db.$client.exec(`INSERT INTO claims (id, article_id, event_id, kind, claimant_id, target_id, stance, evidence_text, evidence_start, evidence_end, method, confidence)
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CLAIMS})
    SELECT 'x' || i, c.article_id, c.event_id, c.kind, c.claimant_id, c.target_id, c.stance, c.evidence_text, c.evidence_start, c.evidence_end, 'extracted', 0.5
    FROM n, (SELECT * FROM claims WHERE kind = 'responsibility' LIMIT 1) c`)
  console.log(`export benchmark: ${CLAIMS.toLocaleString()} claims written in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  const app = await buildApp({ db, keys: [] })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  global.gc?.()
  const baseline = process.memoryUsage().rss
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  t0 = performance.now()
  const res = await fetch(`${url}/v1/claims.ndjson?method=extracted`)
  let bytes = 0
  let lines = 0
  for await (const chunk of res.body!) {
    bytes += chunk.length
    for (const b of chunk) if (b === 10) lines++
  }
  const seconds = (performance.now() - t0) / 1000
  clearInterval(sampler)
  console.log(`  streamed ${lines.toLocaleString()} lines, ${(bytes / 2 ** 20).toFixed(0)} MiB in ${seconds.toFixed(1)} s (${Math.round(lines / seconds).toLocaleString()} claims/s)`)
  console.log(`  RSS before ${(baseline / 2 ** 20).toFixed(0)} MiB, peak during ${(peak / 2 ** 20).toFixed(0)} MiB (+${((peak - baseline) / 2 ** 20).toFixed(0)} MiB for a ${(bytes / 2 ** 20).toFixed(0)} MiB response)`)
  await app.close()
} finally {
  closeDatabase(db)
  rmSync(dir, { recursive: true, force: true })
}
