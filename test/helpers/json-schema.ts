/**
 * A small JSON Schema (2020-12 / OpenAPI 3.1 subset) validator for checking responses against the
 * service's own OpenAPI document: type (string or array, "integer" included), enum, const,
 * properties, required, additionalProperties, propertyNames, items, prefixItems, minItems,
 * maxItems, anyOf, oneOf, allOf, not, nullable (OpenAPI 3.0 style), minimum, maximum,
 * exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern, and $ref into the document.
 * Unknown keywords are ignored, as JSON Schema says. Returns a list of errors, empty when valid.
 */

export type Schema = boolean | { [keyword: string]: unknown }

export interface SchemaError {
  path: string
  message: string
}

const typeOf = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    default:
      return typeof value === type
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** Resolves a local `$ref` such as `#/components/schemas/Claim` against the root document. */
export function resolveRef(root: unknown, ref: string): Schema {
  if (!ref.startsWith('#')) throw new Error(`only local $refs are supported: ${ref}`)
  let node: unknown = root
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~')
    node = (node as Record<string, unknown> | undefined)?.[key]
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`)
  }
  return node as Schema
}

const codePoints = (s: string) => [...s].length

export function validate(schema: Schema, value: unknown, root: unknown, path = '$'): SchemaError[] {
  if (schema === true) return []
  if (schema === false) return [{ path, message: 'no value is allowed here' }]
  const errors: SchemaError[] = []
  const fail = (message: string) => errors.push({ path, message })
  const s = schema

  if (typeof s.$ref === 'string') errors.push(...validate(resolveRef(root, s.$ref), value, root, path))

  if (s.nullable === true && value === null) return errors
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string]
    if (!types.some((t) => hasType(value, t))) {
      fail(`expected ${types.join(' | ')}, got ${typeOf(value)}`)
      return errors
    }
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, value))) fail(`expected one of ${JSON.stringify(s.enum)}, got ${JSON.stringify(value)}`)
  if ('const' in s && !deepEqual(s.const, value)) fail(`expected ${JSON.stringify(s.const)}, got ${JSON.stringify(value)}`)

  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) fail(`${value} < minimum ${s.minimum}`)
    if (typeof s.maximum === 'number' && value > s.maximum) fail(`${value} > maximum ${s.maximum}`)
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) fail(`${value} <= exclusiveMinimum ${s.exclusiveMinimum}`)
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) fail(`${value} >= exclusiveMaximum ${s.exclusiveMaximum}`)
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && codePoints(value) < s.minLength) fail(`shorter than ${s.minLength}`)
    if (typeof s.maxLength === 'number' && codePoints(value) > s.maxLength) fail(`longer than ${s.maxLength}`)
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) fail(`does not match /${s.pattern}/`)
  }

  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) fail(`fewer than ${s.minItems} items`)
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) fail(`more than ${s.maxItems} items`)
    const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Schema[]) : []
    prefix.forEach((p, i) => {
      if (i < value.length) errors.push(...validate(p, value[i], root, `${path}[${i}]`))
    })
    if (s.items !== undefined) {
      for (let i = prefix.length; i < value.length; i++) errors.push(...validate(s.items as Schema, value[i], root, `${path}[${i}]`))
    }
  }

  if (hasType(value, 'object')) {
    const obj = value as Record<string, unknown>
    const props = (s.properties ?? {}) as Record<string, Schema>
    if (Array.isArray(s.required)) {
      for (const k of s.required as string[]) if (!Object.hasOwn(obj, k)) fail(`missing required property "${k}"`)
    }
    for (const [k, v] of Object.entries(obj)) {
      if (s.propertyNames !== undefined) errors.push(...validate(s.propertyNames as Schema, k, root, `${path}{${k}}`))
      if (Object.hasOwn(props, k)) errors.push(...validate(props[k]!, v, root, `${path}.${k}`))
      else if (s.additionalProperties !== undefined) {
        if (s.additionalProperties === false) fail(`unexpected property "${k}"`)
        else errors.push(...validate(s.additionalProperties as Schema, v, root, `${path}.${k}`))
      }
    }
  }

  if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) errors.push(...validate(sub, value, root, path))
  if (Array.isArray(s.anyOf)) {
    const branches = (s.anyOf as Schema[]).map((sub) => validate(sub, value, root, path))
    if (!branches.some((b) => b.length === 0)) {
      fail(`matches no anyOf branch: ${branches.map((b) => b.map((e) => `${e.path} ${e.message}`).join(', ')).join(' | ')}`)
    }
  }
  if (Array.isArray(s.oneOf)) {
    const matching = (s.oneOf as Schema[]).filter((sub) => validate(sub, value, root, path).length === 0).length
    if (matching !== 1) fail(`matches ${matching} oneOf branches, not exactly one`)
  }
  if (s.not !== undefined && validate(s.not as Schema, value, root, path).length === 0) fail('matches a "not" schema')
  return errors
}
