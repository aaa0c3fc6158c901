/**
 * A table looked up with words from an article: without a prototype, so that "constructor",
 * "toString" or "__proto__" in a text are words like any other, never Object's own members (a
 * number followed by "constructor" once made a count whose value was the function Object).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}
