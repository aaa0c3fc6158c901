// `npm run fuzz -- [--minutes 10] [--runs 300]`: the OpenAPI fuzzer (test/fuzz.test.ts) again and
// again, each time with a new random seed, for as long as asked (a run started is finished). Each
// seed is printed as it ends; a failing one with its first error and the command that replays it
// (fast-check's seed and the path of the shrunk case). The exit code is 1 if any seed failed.
// `npm test` runs the same fuzzer once, with its fixed seed.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    runs: { type: 'string', default: '300' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})
if (values.help) {
  console.log('usage: npm run fuzz -- [--minutes 10] [--runs 300]   (runs per seed; each run is 1-30 requests)')
  process.exit(0)
}
const minutes = Number(values.minutes)
const runs = Number(values.runs)
if (!(minutes > 0) || !Number.isInteger(runs) || runs < 1) {
  console.error('--minutes must be a positive number and --runs a positive integer')
  process.exit(2)
}

const root = join(import.meta.dirname, '..', '..')
// The fuzzer to run; FUZZ_LOOP_TARGET points it at another file (its own test, at one that fails).
const target = process.env.FUZZ_LOOP_TARGET ?? 'test/fuzz.test.ts'
const deadline = Date.now() + minutes * 60_000
const failed: { seed: number; replay: string; error: string }[] = []
let seeds = 0

/** One fuzzer run in a child process: its seed, whether it passed, what it printed. */
function runOnce(seed: number): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', target], {
      cwd: root,
      env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs), TAP_TIMEOUT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ ok: code === 0, output }))
  })
}

while (Date.now() < deadline) {
  const seed = (Math.random() * 0x7fffffff) | 0
  const started = Date.now()
  const { ok, output } = await runOnce(seed)
  seeds++
  const secs = ((Date.now() - started) / 1000).toFixed(0)
  const requests = /requests=(\d+)/.exec(output)?.[1] ?? '?'
  if (ok) {
    console.log(`seed ${seed}: ok (${runs} runs, ${requests} requests, ${secs} s)`)
    continue
  }
  // fast-check names the failing case: "{ seed: 123, path: \"4:2:0\", endOnFailure: true }".
  const path = /path: "([^"]+)"/.exec(output)?.[1]
  const replay = `FUZZ_SEED=${seed} FUZZ_RUNS=${runs}${path ? ` FUZZ_PATH=${path}` : ''} npx tsx ${target}`
  // The property's own error is the `cause` tap prints under fast-check's report (its first line).
  const error =
    /^\s+cause:\n[^]*?^\s+message: (?:[|>][-+]?\n\s+)?([^\n]+)/m.exec(output)?.[1] ?? /not ok \d+ - ([^\n]+)/.exec(output)?.[1] ?? 'see the output'
  failed.push({ seed, replay, error })
  console.log(`seed ${seed}: FAILED (${secs} s): ${error}\n  replay: ${replay}`)
}

console.log(`\n${seeds} seeds, ${failed.length} failed${failed.length ? ':' : ''}`)
for (const f of failed) console.log(`  seed ${f.seed}: ${f.replay}`)
process.exitCode = failed.length > 0 ? 1 : 0
