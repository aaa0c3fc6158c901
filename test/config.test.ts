import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'
import { DEFAULT_USER_AGENT } from '../src/ingest/fetch.js'

t.test('defaults', async (t) => {
  t.same(loadConfig({}), {
    port: 3000,
    host: '127.0.0.1',
    databasePath: './data/newsclaims.db',
    apiKeys: undefined,
    logLevel: 'info',
    bodyLimit: 1024 * 1024,
    htmlBodyLimit: 10 * 1024 * 1024,
    minArticleWords: 15,
    fetch: { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, allowHosts: [], userAgent: DEFAULT_USER_AGENT },
    readAuth: false,
    corsOrigins: [],
    rateLimit: { writes: 120, searches: 600 },
    requestTimeoutMs: 30_000,
    extractionTimeoutMs: 30_000,
    cacheBytes: 64 * 2 ** 20,
    cacheMinUses: 2,
    sqlite: { cacheMb: 256, mmapMb: 2048 },
  })
  t.same(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', READ_AUTH: '1' }).corsOrigins, ['https://a.example', 'https://b.example'])
  t.equal(loadConfig({ API_KEYS: '' }).apiKeys, undefined, 'empty means unset')
  t.same(loadConfig({ FETCH_ALLOW_HOSTS: 'intranet.example, 10.0.0.0/8,', FETCH_TIMEOUT_MS: '2000' }).fetch, {
    timeoutMs: 2000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, allowHosts: ['intranet.example', '10.0.0.0/8'], userAgent: DEFAULT_USER_AGENT,
  }, 'FETCH_* variables')
  t.throws(() => loadConfig({ FETCH_MAX_REDIRECTS: '50' }), /FETCH_MAX_REDIRECTS/)
})

t.test('keys: named and bare', async (t) => {
  const c = loadConfig({ API_KEYS: 'alice:aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbb', PORT: '8080' })
  t.same(c.apiKeys, [
    { name: 'alice', key: 'aaaaaaaaaaaaaaaaaaaa' },
    { name: 'key-2', key: 'bbbbbbbbbbbbbbbbbbbb' },
  ])
  t.equal(c.port, 8080)
})

t.test('bad values name the variable', async (t) => {
  t.throws(() => loadConfig({ PORT: 'eighty' }), { name: 'ConfigError', message: /Invalid configuration:\n  PORT: / })
  t.type(new ConfigError('x'), Error)
  t.throws(() => loadConfig({ PORT: '70000' }), { message: /PORT/ })
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), { message: /LOG_LEVEL/ })
  t.throws(() => loadConfig({ API_KEYS: 'short' }), { message: /API_KEYS: key "key-1" is shorter than 16/ })
  t.throws(() => loadConfig({ BODY_LIMIT: '10' }), { message: /BODY_LIMIT/ })
  t.throws(() => loadConfig({ READ_AUTH: 'yes' }), { message: /READ_AUTH/ })
  t.throws(() => loadConfig({ EXTRACTION_TIMEOUT_MS: '5' }), { message: /EXTRACTION_TIMEOUT_MS/ })
  t.equal(loadConfig({ EXTRACTION_TIMEOUT_MS: '2500' }).extractionTimeoutMs, 2500)
  t.equal(loadConfig({ MIN_ARTICLE_WORDS: '25' }).minArticleWords, 25)
  t.throws(() => loadConfig({ MIN_ARTICLE_WORDS: '0' }), { message: /MIN_ARTICLE_WORDS/ })
  t.equal(loadConfig({ HTML_BODY_LIMIT: '2097152' }).htmlBodyLimit, 2 * 1024 * 1024)
  t.throws(() => loadConfig({ RATE_LIMIT_WRITES: '0' }), { message: /RATE_LIMIT_WRITES/ })
  t.throws(() => loadConfig({ RESPONSE_CACHE_MB: '-1' }), { message: /RESPONSE_CACHE_MB/ })
  t.equal(loadConfig({ RESPONSE_CACHE_MB: '0' }).cacheBytes, 0, 'the cache off')
  t.equal(loadConfig({ RESPONSE_CACHE_MIN_USES: '1' }).cacheMinUses, 1, 'every answer kept')
  for (const bad of ['0', '1.5', 'often']) t.throws(() => loadConfig({ RESPONSE_CACHE_MIN_USES: bad }), { message: /RESPONSE_CACHE_MIN_USES/ })
  t.throws(() => loadConfig({ SQLITE_CACHE_MB: '0' }), { message: /SQLITE_CACHE_MB/ })
  t.throws(() => loadConfig({ SQLITE_MMAP_MB: 'lots' }), { message: /SQLITE_MMAP_MB/ })
  t.same(loadConfig({ SQLITE_CACHE_MB: '8', SQLITE_MMAP_MB: '0' }).sqlite, { cacheMb: 8, mmapMb: 0 }, 'SQLite memory')
})
