import { createHash } from 'node:crypto'
import type { Context } from 'hono'
import type { JSONValue } from 'hono/utils/types'

/**
 * Public reads that clients and shared caches may keep a short while: a strong ETag of the
 * body, so a client that has it gets a 304 and no body.
 */

/** The headers of a public answer: its ETag, and how long any cache may reuse it. */
export function publicCacheHeaders(body: unknown, maxAgeSeconds: number) {
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('base64url')
  return {
    etag: `"${digest.slice(0, 27)}"`,
    'cache-control': `public, max-age=${maxAgeSeconds}`,
  }
}

/**
 * Whether If-None-Match names the ETag (RFC 9110 §13.1.2: weak comparison, a list, or `*`),
 * in which case the client's copy is current and the answer is a 304.
 */
export function clientHasCurrent(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/** A public JSON answer with its cache headers, or a bodiless 304 when the client has it. */
export function cacheableJson<Body extends JSONValue>(
  c: Context,
  body: Body,
  maxAgeSeconds: number,
) {
  const headers = publicCacheHeaders(body, maxAgeSeconds)
  if (clientHasCurrent(c.req.header('if-none-match'), headers.etag)) {
    return c.body(null, 304, headers)
  }
  return c.json(body, 200, headers)
}
