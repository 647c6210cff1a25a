import { createPublicKey } from 'node:crypto'
import { importJWK, SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTokenSigner, generateSigningKey, publicJwkOf, type SigningKey } from '#shared/auth'
import { readProblem, testSigningKey, useFunctionTest } from '#shared/testing'
import { User } from '../lib/schemas.ts'
import { bearer, createUser } from '../lib/testing.ts'
import getMe from './function.ts'

const t = useFunctionTest()
let me: User
let signingKey: SigningKey

beforeAll(async () => {
  me = (await createUser(t.sql, { email: 'me@example.com', name: 'Me' })).user
  signingKey = await testSigningKey()
})

function getProfile(headers: Record<string, string> = {}) {
  return t.app(getMe).request('/users/me', { headers })
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const nowSeconds = () => Math.floor(Date.now() / 1000)

/** The claims of a good access token for `me`, with any of them replaced or (undefined) left out. */
function claimsFor(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    sub: me.id,
    role: me.role,
    iss: t.runtime.auth.issuer,
    aud: t.runtime.auth.audience,
    iat: nowSeconds(),
    exp: nowSeconds() + 300,
    ...changes,
  }
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined))
}

/** Signs claims as ES256 with a key of our choice (by default the issuer’s own). */
async function signES256(claims: Record<string, unknown>, key = signingKey, kid = key.kid) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
    .sign(await importJWK(key.privateJwk, 'ES256'))
}

async function expectInvalidToken(res: Response) {
  expect(res.status).toBe(401)
  expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
  expect(await readProblem(res)).toEqual({
    type: 'urn:imtiaz-mart:problem:invalid-token',
    title: 'Unauthorized',
    status: 401,
    detail: 'the access token is invalid or expired',
    instance: '/users/me',
  })
}

describe('GET /users/me', () => {
  it('answers 200 with the caller’s own profile', async () => {
    const res = await getProfile(
      bearer(await t.runtime.tokenFor({ userId: me.id, role: 'customer' })),
    )
    expect(res.status).toBe(200)
    expect(User.parse(await res.json())).toEqual(me)
  })

  it('answers an admin with their own profile too', async () => {
    const { user: admin } = await createUser(t.sql, { role: 'admin' })
    const res = await getProfile(
      bearer(await t.runtime.tokenFor({ userId: admin.id, role: 'admin' })),
    )
    expect(res.status).toBe(200)
    expect(User.parse(await res.json())).toEqual(admin)
  })

  it('answers 404 when the account behind a valid token is gone', async () => {
    const { user } = await createUser(t.sql)
    const token = await t.runtime.tokenFor({ userId: user.id, role: 'customer' })
    await t.sql`delete from users.users where id = ${user.id}`
    const res = await getProfile(bearer(token))
    expect(res.status).toBe(404)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:user-not-found')
  })
})

describe('GET /users/me refuses every token it did not issue, as it is', () => {
  it('accepts the hand-made control token, so each refusal below is down to one change', async () => {
    const res = await getProfile(bearer(await signES256(claimsFor())))
    expect(res.status).toBe(200)
  })

  it('answers 401 with a challenge when there is no token', async () => {
    const res = await getProfile()
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
    expect(await readProblem(res)).toMatchObject({
      type: 'urn:imtiaz-mart:problem:unauthenticated',
      status: 401,
    })
  })

  it.each([
    ['another scheme', 'Basic bWU6cGFzc3dvcmQ='],
    ['a bearer with no token', 'Bearer '],
    ['a token that is not a JWT', 'Bearer not-a-jwt'],
    ['two tokens', 'Bearer a.b.c d.e.f'],
  ])('answers 401 with a challenge for %s', async (_case, authorization) => {
    const res = await getProfile({ authorization })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await readProblem(res)).status).toBe(401)
  })

  it('answers 401 for an unsigned token (alg: none)', async () => {
    const header = base64url({ alg: 'none', typ: 'JWT' })
    const token = `${header}.${base64url(claimsFor({ role: 'admin' }))}.`
    await expectInvalidToken(await getProfile(bearer(token)))
  })

  it('answers 401 for an unsigned token that names the issuer’s key', async () => {
    const header = base64url({ alg: 'none', kid: signingKey.kid, typ: 'JWT' })
    const token = `${header}.${base64url(claimsFor())}.`
    await expectInvalidToken(await getProfile(bearer(token)))
  })

  it('answers 401 for a token signed by another key under the issuer’s kid', async () => {
    const impostor = await generateSigningKey(signingKey.kid)
    const sign = createTokenSigner(impostor, {
      issuer: t.runtime.auth.issuer,
      audience: t.runtime.auth.audience,
      ttlSeconds: 300,
    })
    await expectInvalidToken(await getProfile(bearer(await sign({ userId: me.id, role: 'admin' }))))
  })

  it('answers 401 for a good token whose signature was swapped for another', async () => {
    const genuine = await signES256(claimsFor())
    const other = await signES256(claimsFor({ role: 'admin' }))
    const [header, payload] = other.split('.')
    const [, , signature] = genuine.split('.')
    await expectInvalidToken(await getProfile(bearer(`${header}.${payload}.${signature}`)))
  })

  it.each([
    ['a wrong audience', { aud: 'another-api' }],
    ['a wrong issuer', { iss: 'https://evil.example.com' }],
    ['an expired exp', { exp: nowSeconds() - 60, iat: nowSeconds() - 960 }],
    ['no exp', { exp: undefined }],
    ['an nbf in the future', { nbf: nowSeconds() + 3600 }],
    ['no sub', { sub: undefined }],
    ['a sub that is not a user id', { sub: 'admin' }],
    ['an unknown role', { role: 'superuser' }],
  ])('answers 401 for a token with %s', async (_case, changes) => {
    await expectInvalidToken(await getProfile(bearer(await signES256(claimsFor(changes)))))
  })

  it('answers 401 for a token signed with a kid the issuer does not publish', async () => {
    const token = await signES256(claimsFor(), signingKey, 'retired-key')
    await expectInvalidToken(await getProfile(bearer(token)))
  })

  it.each([
    ['its PEM', () => pemOf(signingKey)],
    ['its JWK', () => JSON.stringify(publicJwkOf(signingKey))],
  ])(
    'answers 401 for an HS256 token keyed with the public key (%s) as the secret',
    async (_case, publicKeyText) => {
      const token = await new SignJWT(claimsFor({ role: 'admin' }))
        .setProtectedHeader({ alg: 'HS256', kid: signingKey.kid, typ: 'JWT' })
        .sign(new TextEncoder().encode(publicKeyText()))
      await expectInvalidToken(await getProfile(bearer(token)))
    },
  )
})

function pemOf(key: SigningKey): string {
  const { kty, crv, x, y } = publicJwkOf(key)
  return createPublicKey({ key: { kty, crv, x, y }, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString()
}
