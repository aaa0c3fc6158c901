import { badRequest } from '../domain/errors.js'

// Cursors are opaque to clients (base64url of the last row's sort key), as Datasette's `next`.

export type CursorKey = (string | number | null)[]

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

/** Decodes a cursor whose key has the given element types; anything else is a 400 on `cursor`. */
export function decodeCursor(cursor: string, shape: ('string' | 'number' | 'real' | 'nullable-string')[]): CursorKey {
  let key: unknown
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw badRequest('cursor', 'is not a cursor this API issued')
  }
  const ok =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) =>
      shape[i] === 'number'
        ? Number.isSafeInteger(v)
        : shape[i] === 'real'
          ? typeof v === 'number' && Number.isFinite(v)
          : shape[i] === 'string'
          ? typeof v === 'string'
          : v === null || typeof v === 'string',
    )
  if (!ok) throw badRequest('cursor', 'is not a cursor this API issued')
  return key as CursorKey
}

/** Splits limit+1 fetched rows into a page and the cursor of its last row (null on the last page). */
export function paginate<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey) {
  const items = rows.slice(0, limit)
  const next_cursor = rows.length > limit ? encodeCursor(keyOf(items[items.length - 1]!)) : null
  return { items, next_cursor }
}
