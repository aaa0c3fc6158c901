// The checks and normal form of an article's text, with no database: the API, the CLI and the worker
// threads share them.
import { ApiError } from '../domain/errors.js'
import { detectLanguage } from '../pipeline/index.js'
import { sha256 } from './ids.js'

/** The stored form of a text: the reference for every offset (line endings unified, no BOM). */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
}

/**
 * The stored form of an article's text and its language, or an ApiError: 400 when the text is
 * empty, 422 when it is not in English. Pure (no database): worker threads run it too.
 */
export function checkText(raw: string | undefined | null): { text: string; language: string; hash: string } {
  const text = normalizeText(raw ?? '')
  if (text.trim() === '') {
    throw new ApiError(400, 'bad_request', 'text: the article text is empty', [{ field: 'text', message: 'is empty' }])
  }
  const language = detectLanguage(text)
  if (language !== 'eng' && language !== 'und') {
    throw new ApiError(
      422,
      'unsupported_language',
      `text: the article seems to be in "${language}" (ISO 639-3), not English; only English articles can be extracted`,
      [{ field: 'text', message: `language ${language}` }],
    )
  }
  return { text, language, hash: sha256(text) }
}

