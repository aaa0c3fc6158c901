import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { agreement } from './agreement.js'
import { scoreTable } from './cli.js'
import { checkCorpus, corpusManifest, CORPUS_DIR, loadCorpus } from './corpus.js'

/**
 * `npm run corpus`: checks every gold file of the corpus against its text (exit 1 on a problem);
 *   --manifest         then writes test/fixtures/corpus/MANIFEST.md from the gold files;
 *   --agreement DIR    scores a second annotation of some articles (DIR/<slug>.txt and .gold.json,
 *                      checked the same way) against the corpus gold: how far two annotators agree.
 */
const { values } = parseArgs({ options: { manifest: { type: 'boolean' }, agreement: { type: 'string' } }, strict: true })
const dirs = [CORPUS_DIR, ...(values.agreement ? [values.agreement] : [])]
const problems = dirs.flatMap((d) => checkCorpus(d))
for (const p of problems) process.stderr.write(`${p}\n`)
process.stdout.write(problems.length === 0 ? 'corpus: no problems\n' : `corpus: ${problems.length} problem(s)\n`)
process.exitCode = problems.length === 0 ? 0 : 1
if (problems.length === 0 && values.manifest) {
  writeFileSync(join(CORPUS_DIR, 'MANIFEST.md'), corpusManifest(loadCorpus(CORPUS_DIR)))
  process.stdout.write(`corpus: wrote ${join(CORPUS_DIR, 'MANIFEST.md')}\n`)
}
if (problems.length === 0 && values.agreement) {
  const { articles, scores } = agreement(loadCorpus(values.agreement))
  process.stdout.write([`agreement of ${values.agreement} with the corpus gold, ${articles} articles`, ...scoreTable(scores), ''].join('\n'))
}
