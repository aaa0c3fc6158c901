import { checkCorpus, CORPUS_DIR } from './corpus.js'

/** `npm run corpus`: checks every gold file of the corpus against its text; exit 1 on a problem. */
const problems = checkCorpus(CORPUS_DIR)
for (const p of problems) process.stderr.write(`${p}\n`)
process.stdout.write(problems.length === 0 ? 'corpus: no problems\n' : `corpus: ${problems.length} problem(s)\n`)
process.exitCode = problems.length === 0 ? 0 : 1
