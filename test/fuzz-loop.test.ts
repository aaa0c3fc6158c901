// `npm run fuzz`: the fuzzer again with random seeds, each printed as it ends (item 9 of issue 16).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import t from 'tap'
import { nodeChild } from './helpers/child.js'

t.test('npm run fuzz runs seeds until the time is up and prints each with its outcome', async (t) => {
  const [cmd, args] = nodeChild('test/helpers/fuzz-loop.ts', ['--minutes', '0.001', '--runs', '2'])
  const res = spawnSync(cmd, args, { cwd: join(import.meta.dirname, '..'), encoding: 'utf8', timeout: 240_000 })
  t.equal(res.status, 0, res.stderr)
  t.match(res.stdout, /^seed -?\d+: ok \(2 runs, \d+ requests, \d+ s\)$/m, 'the seed and its outcome')
  t.match(res.stdout, /^1 seeds, 0 failed$/m, 'a summary')

  const failing = spawnSync(cmd, args, {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, FUZZ_LOOP_TARGET: 'test/fixtures/fuzz/always-fails.ts' },
  })
  t.equal(failing.status, 1, 'a failing seed fails the loop')
  const m = /^seed (-?\d+): FAILED \(\d+ s\): a 500 for \d+\n {2}replay: FUZZ_SEED=(-?\d+) FUZZ_RUNS=2 FUZZ_PATH=(\S+) npx tsx test\/fixtures\/fuzz\/always-fails.ts$/m.exec(failing.stdout)
  t.ok(m, `the failing seed, its error and how to replay it:\n${failing.stdout}`)
  t.equal(m?.[1], m?.[2], 'the replay names that seed')
  t.match(failing.stdout, /^1 seeds, 1 failed:$/m)

  const bad = spawnSync(...nodeChild('test/helpers/fuzz-loop.ts', ['--runs', 'many']), { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' })
  t.equal(bad.status, 2)
  t.match(bad.stderr, /--runs a positive integer/)
})
