import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSql, type Sql } from '#shared/db'
import type { HttpFunction } from '#shared/http'
import {
  createTestRuntime,
  jsonRequest,
  roleHeaders,
  type TestRuntime,
  useTestDatabase,
} from '#shared/testing'
import { SIZING } from './generate/sizing.ts'
import { loadHttpFunctions } from './registry.ts'
import { type PgBouncer, startPgBouncer } from './testing/index.ts'

/**
 * The functions as compose and the cluster run them: through a real PgBouncer in transaction
 * mode (the system's; Debian's is 1.18, which keeps no prepared statement across server
 * connections), with an HTTP function's pool and prepared statements off, as they are deployed
 * (docs/adr/0016-cluster-and-connection-budget.md).
 */

const database = useTestDatabase()
let bouncer: PgBouncer
let pooled: Sql
let runtime: TestRuntime
let functions: Map<string, HttpFunction>

beforeAll(async () => {
  bouncer = await startPgBouncer(database().url)
  pooled = createSql(bouncer.urlOf(database().url), {
    max: SIZING.http.poolMax,
    prepare: false,
  })
  runtime = await createTestRuntime(pooled)
  functions = new Map((await loadHttpFunctions()).map(({ name, fn }) => [name, fn]))
})

afterAll(async () => {
  await pooled.end({ timeout: 5 })
  await bouncer.stop()
})

/** A request to the named function's app, made on the pooled runtime. */
function call(name: string, path: string, init: RequestInit) {
  const fn = functions.get(name)
  if (!fn) throw new Error(`no function ${name}`)
  return fn.createApp(runtime).request(path, init)
}

describe('through PgBouncer in transaction mode', () => {
  it('registers, logs in and reads the profile, many at once on a pool of a few', async () => {
    const accounts = Array.from({ length: 12 }, () => ({
      email: `bouncer-${randomUUID()}@example.com`,
      password: 'a long passphrase',
      name: 'Bouncer',
    }))
    const registered = await Promise.all(
      accounts.map((account) =>
        call('users-register', '/auth/register', jsonRequest('POST', account)),
      ),
    )
    expect(registered.map((res) => res.status)).toEqual(accounts.map(() => 201))

    const profiles = await Promise.all(
      accounts.map(async ({ email, password }) => {
        const login = await call(
          'users-login',
          '/auth/login',
          jsonRequest('POST', { email, password }),
        )
        expect(login.status).toBe(200)
        const { accessToken } = (await login.json()) as { accessToken: string }
        const me = await call('users-get-me', '/users/me', {
          headers: { authorization: `Bearer ${accessToken}` },
        })
        expect(me.status).toBe(200)
        return (await me.json()) as { email: string }
      }),
    )
    expect(profiles.map((profile) => profile.email)).toEqual(accounts.map(({ email }) => email))
  })

  it('writes a product and its event in one transaction, and reads it back', async () => {
    const { admin } = await roleHeaders(runtime)
    const category = await call(
      'catalog-create-category',
      '/categories',
      jsonRequest('POST', { name: 'Rice', slug: `rice-${randomUUID()}` }, admin),
    )
    expect(category.status).toBe(201)
    const { id: categoryId } = (await category.json()) as { id: string }
    const created = await call(
      'catalog-create-product',
      '/products',
      jsonRequest(
        'POST',
        {
          sku: `RICE-${randomUUID()}`,
          name: 'Basmati rice 5 kg',
          description: 'Long-grain aged basmati from Punjab.',
          price: { amount: 189_900, currency: 'PKR' },
          categoryId,
          images: [],
        },
        admin,
      ),
    )
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }

    const read = await call('catalog-get-product', `/products/${id}`, {})
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ id, name: 'Basmati rice 5 kg', categoryId })
    const events = await database().sql<{ eventType: string }[]>`
      select event_type from catalog.outbox where event_key = ${id}`
    expect(events.map((event) => event.eventType)).toEqual(['mart.catalog.v1.ProductCreated'])
  })
})
