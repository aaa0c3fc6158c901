// The checks and normal form of an article's text, with no database: the API, the CLI and the worker
// threads share them.
import { ApiError } from '../domain/errors.js'
import { detectLanguage } from '../pipeline/index.js'
import { contentHashOf } from './ids.js'

/** The stored form of a text: the reference for every offset (line endings unified, no BOM). */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
}

/**
 * The stored form of an article's text, its language and content hash, or an ApiError: 400 when
 * the text is empty or holds U+FFFD (characters lost to a wrong decoding), 422 when it is not in
 * English. Pure (no database): worker threads run it too.
 */
export function checkText(raw: string | undefined | null): { text: string; language: string; hash: string } {
  const text = normalizeText(raw ?? '')
  if (text.trim() === '') {
    throw new ApiError(400, 'bad_request', 'text: the article text is empty', [{ field: 'text', message: 'is empty' }])
  }
  const lost = text.indexOf('\uFFFD')
  if (lost >= 0) {
    // U+FFFD stands for bytes a decoder could not read: the text was decoded wrongly before it came.
    const before = text.slice(Math.max(0, lost - 30), lost).replace(/^[^]*\n/, '')
    throw new ApiError(
      400,
      'bad_request',
      `text: contains U+FFFD, the replacement character, at offset ${lost}${before ? ` (after "${before}")` : ''}: characters were lost when the text was decoded with the wrong encoding; send the original bytes with their charset`,
      [{ field: 'text', message: `U+FFFD at offset ${lost}` }],
    )
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
  return { text, language, hash: contentHashOf(text) }
}

