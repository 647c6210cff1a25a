import type { FieldError } from './problem.ts'

/**
 * Text PostgreSQL cannot store as given: NUL (a `text` value cannot hold U+0000, and the
 * statement fails) and a lone UTF-16 surrogate (it has no UTF-8 form: postgres.js would store
 * U+FFFD in its place, changing what the client sent). JSON and URLs carry both.
 */
const UNSTORABLE = /[\0\p{Cs}]/u

/** Every string in `value` (objects and arrays, however deep) that PostgreSQL cannot store. */
export function unstorableStrings(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const found = UNSTORABLE.exec(value)?.[0]
    if (found === undefined) return []
    const message =
      found === '\0'
        ? 'must not contain the NUL character (U+0000)'
        : 'must be well-formed Unicode (it holds an unpaired surrogate)'
    return [{ path, message }]
  }
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, item]) => unstorableStrings(item, `${path}.${key}`))
}
