import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkCorpus, corpusManifest, CORPUS_DIR, loadCorpus } from './corpus.js'

/**
 * `npm run corpus`: checks every gold file of the corpus against its text (exit 1 on a problem);
 * `npm run corpus -- --manifest` then writes test/fixtures/corpus/MANIFEST.md from the gold files.
 */
const problems = checkCorpus(CORPUS_DIR)
for (const p of problems) process.stderr.write(`${p}\n`)
process.stdout.write(problems.length === 0 ? 'corpus: no problems\n' : `corpus: ${problems.length} problem(s)\n`)
process.exitCode = problems.length === 0 ? 0 : 1
if (problems.length === 0 && process.argv.includes('--manifest')) {
  writeFileSync(join(CORPUS_DIR, 'MANIFEST.md'), corpusManifest(loadCorpus(CORPUS_DIR)))
  process.stdout.write(`corpus: wrote ${join(CORPUS_DIR, 'MANIFEST.md')}\n`)
}
