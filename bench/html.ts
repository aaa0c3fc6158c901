import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { htmlToText } from '../src/ingest/html.js'
import { normalizeText } from '../src/ingest/ingest.js'
import { detectLanguage } from '../src/pipeline/index.js'

/**
 * `npm run bench:html -- DIR`: how close the text the service stores from an HTML page comes to the
 * hand-made main text of the page, on the article-extraction benchmark in DIR (`ground-truth.json`,
 * `{ id: { articleBody, url } }`, and `html/<id>.html.gz` or `html/<id>.html`; default
 * `../shared/benchmarks/article-extraction`).
 *
 * The metric is the benchmark's own (Zyte's evaluate.py): both texts are cut into tokens (runs of
 * Unicode letters, digits and underscores, as Python's `\w+`), then into shingles of 4 tokens;
 * per page the shingles' counts give true positives, false positives and false negatives,
 * normalized by their sum; precision is averaged over the pages that predicted something, recall
 * over the pages whose truth has something, and F1 is computed from those two averages.
 *
 * Scored on the pages the service accepts: English ground truth (the pipeline's language check,
 * as ingest applies it) and an HTML body within the 10 MiB limit. All pages are scored too, for
 * comparison with published figures. `--pages` prints each page's figures, worst first.
 */

export interface Counts {
  tp: number
  fp: number
  fn: number
}

const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? []

/** Shingles of n tokens with their counts; a text shorter than n gives one shingle of all its tokens. */
export function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text)
  const out = new Map<string, number>()
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const s = t.slice(i, i + n)
    if (s.length === 0) continue
    const key = s.join('\u0000')
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  return out
}

/** The benchmark's per-page counts: shingle TP/FP/FN normalized to sum to 1 (0,0,0 when both are empty). */
export function shingleMatching(truth: string, predicted: string, n = 4): Counts {
  const t = shingles(truth, n)
  const p = shingles(predicted, n)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0
    const b = p.get(key) ?? 0
    tp += Math.min(a, b)
    fp += Math.max(0, b - a)
    fn += Math.max(0, a - b)
  }
  const sum = tp + fp + fn
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn }
}

const precisionOf = ({ tp, fp, fn }: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp))
const recallOf = ({ tp, fp, fn }: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn))
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

/** Precision and recall averaged over pages, F1 from those averages (the benchmark's metrics_from_tp_fp_fns). */
export function metrics(pages: Counts[]): { f1: number; precision: number; recall: number } {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf))
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf))
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall }
}

export const HTML_LIMIT = 10 * 1024 * 1024

export interface Page {
  id: string
  url: string
  truth: string
  html: string
  bytes: number
  english: boolean
}

export function loadBenchmark(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>
  const files = new Map(readdirSync(join(dir, 'html')).map((f) => [f.replace(/\.html(\.gz)?$/, ''), f]))
  return Object.keys(truth).sort().map((id) => {
    const file = files.get(id)
    if (!file) throw new Error(`${id}: no html/${id}.html(.gz) in ${dir}`)
    const raw = readFileSync(join(dir, 'html', file))
    const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw
    const body = truth[id]!.articleBody ?? ''
    return { id, url: truth[id]!.url ?? '', truth: body, html: bytes.toString('utf8'), bytes: bytes.length, english: detectLanguage(normalizeText(body)) === 'eng' }
  })
}

function fmt(m: { f1: number; precision: number; recall: number }): string {
  return `F1 ${m.f1.toFixed(3)}  precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}`
}

function main(argv: string[]): void {
  const args = argv.filter((a) => !a.startsWith('--'))
  const dir = resolve(args[0] ?? join(fileURLToPath(new URL('.', import.meta.url)), '../../shared/benchmarks/article-extraction'))
  const pages = loadBenchmark(dir)
  const started = performance.now()
  const scored = pages.map((page) => {
    const text = normalizeText(htmlToText(page.html).text)
    return { page, counts: shingleMatching(page.truth, text) }
  })
  const ms = performance.now() - started
  const accepted = scored.filter((s) => s.page.english && s.page.bytes <= HTML_LIMIT)
  console.log(`article extraction benchmark: ${dir}`)
  console.log(`  ${pages.length} pages, ${accepted.length} English within ${HTML_LIMIT / 2 ** 20} MiB; ${(ms / pages.length).toFixed(1)} ms/page`)
  console.log(`  accepted pages: ${fmt(metrics(accepted.map((s) => s.counts)))}`)
  console.log(`  all pages:      ${fmt(metrics(scored.map((s) => s.counts)))}`)
  if (argv.includes('--pages')) {
    const f1 = (c: Counts) => { const p = precisionOf(c), r = recallOf(c); return p + r > 0 ? (2 * p * r) / (p + r) : 0 }
    for (const s of [...accepted].sort((a, b) => f1(a.counts) - f1(b.counts))) {
      console.log(`  ${f1(s.counts).toFixed(3)} p ${precisionOf(s.counts).toFixed(3)} r ${recallOf(s.counts).toFixed(3)}  ${s.page.id.slice(0, 12)} ${s.page.url}`)
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2))
