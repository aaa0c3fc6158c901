// Bytes of an ingested body → text, in the encoding the sender declared: the charset of the
// Content-Type, or for HTML also a byte-order mark or the page's own <meta charset> /
// <meta http-equiv="Content-Type"> (the WHATWG sniffing algorithm, by encoding-sniffer), else UTF-8.
// Decoding is strict: a byte that is not valid in that encoding is an error naming it, never a
// U+FFFD stored in its place ("Bogotá" sent in Latin-1 without saying so must not become "Bogot�").
// The decoder is @exodus/bytes' WHATWG TextDecoder: Node 20's own decodes windows-1252 (and so
// iso-8859-1) bytes 0x80–0x9F as nothing ("mayor’s" became "mayors").
import { TextDecoder } from '@exodus/bytes/encoding.js'
import { getEncoding } from 'encoding-sniffer'
import { ApiError } from '../domain/errors.js'

export type BodyKind = 'html' | 'text' | 'json'

/** The `charset` parameter of a Content-Type header, unquoted, or null. */
export function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*("([^"]*)"|[^;\s]*)/i.exec(contentType ?? '')
  if (!m) return null
  const label = (m[2] ?? m[1]!).trim()
  return label === '' ? null : label
}

/** The WHATWG name of an encoding label (iso-8859-1 → windows-1252), or null when it names none. */
function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

/** A byte-order mark's encoding: it wins over any label, as the WHATWG decode algorithm says. */
function bomOf(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return null
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ')

/**
 * Decodes a request body. `kind` says how its encoding is found: HTML also by its BOM and <meta>
 * (within the first 1024 bytes); text and JSON by a BOM or the Content-Type's charset; UTF-8 when
 * nothing is declared. Returns the text without a BOM. Throws ApiError 415 `unsupported_charset`
 * for a charset that names no encoding the WHATWG Encoding standard knows, and 400 `invalid_bytes`
 * for bytes invalid in the encoding used (the message gives the encoding, the byte offset, the
 * bytes and the text just before them).
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined, kind: BodyKind): string {
  const label = charsetOf(contentType)
  const declared = label === null ? null : encodingOf(label)
  if (label !== null && (declared === null || declared === 'replacement')) {
    throw new ApiError(
      415,
      'unsupported_charset',
      `content-type: charset "${label}" is not an encoding this service can read (use a WHATWG Encoding label such as utf-8, iso-8859-1 or windows-1252)`,
      [{ field: 'content-type', message: `unknown charset ${label}` }],
    )
  }
  const encoding =
    kind === 'html'
      ? getEncoding(bytes, { transportLayerEncodingLabel: declared ?? undefined, defaultEncoding: 'UTF-8' }).toLowerCase()
      : (bomOf(bytes) ?? declared ?? 'utf-8')
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    // Where: the text decoded leniently up to its first U+FFFD is the text before the bad bytes.
    const lenient = new TextDecoder(encoding).decode(bytes)
    const at = lenient.indexOf('\uFFFD')
    const offset = at < 0 ? 0 : Buffer.byteLength(lenient.slice(0, at).replace(/^\uFEFF/, ''), encoding.startsWith('utf-16') ? 'utf16le' : 'utf8') + (bomOf(bytes) ? (encoding === 'utf-8' ? 3 : 2) : 0)
    const before = at < 0 ? '' : lenient.slice(Math.max(0, at - 30), at).replace(/^[^]*\n/, '')
    const how =
      label === null
        ? `${encoding === 'utf-8' ? 'UTF-8, the encoding used when none is declared' : `${encoding}, the encoding the page declares`}`
        : `${encoding}, the charset declared`
    throw new ApiError(
      400,
      'invalid_bytes',
      `body: the bytes ${hex(bytes.subarray(offset, offset + 4).subarray(0, encoding === 'utf-8' ? Math.max(1, utf8Run(bytes, offset)) : 2))} at byte ${offset}` +
        `${before ? ` (after "${before}")` : ''} are not valid ${how}; send UTF-8, or declare the text's encoding (e.g. Content-Type: text/plain; charset=iso-8859-1)`,
      [{ field: 'body', message: `invalid ${encoding} at byte ${offset}` }],
    )
  }
}

/** How many bytes from `offset` belong to the invalid sequence: the lead byte and its continuations. */
function utf8Run(bytes: Uint8Array, offset: number): number {
  let n = 1
  while (n < 4 && offset + n < bytes.length && (bytes[offset + n]! & 0xc0) === 0x80) n++
  return n
}
