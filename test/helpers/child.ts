import { spawn } from 'node:child_process'
import { join } from 'node:path'

/**
 * How a test starts a Node child that runs the TypeScript sources as `npm start` does (tsx):
 * through `env -u`, so that the child runs without tap's coverage hooks. tap adds them to every
 * child it sees spawned; a child that transpiles with tsx instead of tap's loader reports coverage
 * for the same files compiled another way, which spoils the merged figures. What the children run
 * is also covered by in-process tests.
 */
export function nodeChild(script: string, args: string[] = []): [string, string[]] {
  return ['env', ['-u', 'NODE_OPTIONS', '-u', 'NODE_V8_COVERAGE', process.execPath, '--import', 'tsx', script, ...args]]
}

/**
 * The real server (`src/server.ts`) started as a child configured only by `env` (on top of this
 * process's), with its output collected: `listening` resolves with its address once it says so,
 * or rejects with the output if it exits first; `exited` resolves with its exit code.
 */
export function startServer(env: Record<string, string>) {
  const child = spawn(...nodeChild('src/server.ts'), {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /listening on (http:\/\/[^\s]+) /.exec(output)
      if (m) resolve(m[1]!)
    })
    void exited.then(() => reject(new Error(`server exited before listening:\n${output}`)))
  })
  return { child, listening, exited, output: () => output }
}
