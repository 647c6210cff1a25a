import { createLocalJWKSet, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { PublicJwks } from '#shared/auth'
import { z } from '#shared/http'
import { testSigningKey, useFunctionTest } from '#shared/testing'
import getJwks from './function.ts'

const RawKeySet = z.object({ keys: z.array(z.looseObject({})) })

const t = useFunctionTest()

function fetchJwks(init?: RequestInit) {
  return t.app(getJwks).request('/.well-known/jwks.json', init)
}

describe('GET /.well-known/jwks.json', () => {
  it('answers 200 with the issuer’s public ES256 key as a JSON Web Key Set', async () => {
    const res = await fetchJwks()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const signingKey = await testSigningKey()
    const { x, y } = signingKey.privateJwk
    expect(PublicJwks.parse(await res.json())).toEqual({
      keys: [{ kty: 'EC', crv: 'P-256', kid: signingKey.kid, x, y, alg: 'ES256', use: 'sig' }],
    })
  })

  it('never gives out the private part of the key', async () => {
    const body = await (await fetchJwks()).text()
    // Every member of every key is kept, so a leaked `d` cannot hide behind a schema.
    const { keys } = RawKeySet.parse(JSON.parse(body))
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) expect(key).not.toHaveProperty('d')
    const signingKey = await testSigningKey()
    const privatePart = signingKey.privateJwk.d
    expect(privatePart).toEqual(expect.any(String))
    expect(body).not.toContain(privatePart)
  })

  it('lets anyone verify an access token the issuer signed', async () => {
    const jwks = PublicJwks.parse(await (await fetchJwks()).json())
    const userId = '6f1c1a52-3c2f-4a8e-9b1e-2d6f7e1c0a11'
    const token = await t.runtime.tokenFor({ userId, role: 'customer' })
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      algorithms: ['ES256'],
      issuer: t.runtime.auth.issuer,
      audience: t.runtime.auth.audience,
    })
    expect(payload).toMatchObject({ sub: userId, role: 'customer' })
  })

  it('may be cached for a while', async () => {
    const res = await fetchJwks()
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('needs no token', async () => {
    const res = await fetchJwks({
      headers: { authorization: 'Bearer not.a.token' },
    })
    expect(res.status).toBe(200)
  })
})
