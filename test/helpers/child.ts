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
