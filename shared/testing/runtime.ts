import { randomUUID } from 'node:crypto'
import { Writable } from 'node:stream'
import { generateSigningKey, type Principal, publicJwkOf, type SigningKey } from '#shared/auth'
import type { Sql } from '#shared/db'
import { type AuthSettings, createRuntime, type FunctionRuntime } from '#shared/http'
import { createLogger } from '#shared/observability'

export const TEST_ISSUER = 'imtiaz-mart-test'
export const TEST_AUDIENCE = 'imtiaz-mart-api'

let signingKey: Promise<SigningKey> | undefined

/** One ES256 key per test process, as a deployment has one issuer key. */
export function testSigningKey(): Promise<SigningKey> {
  signingKey ??= generateSigningKey('test-key-1')
  return signingKey
}

/** Every log line a runtime wrote, parsed, so tests can read what operators would see. */
export class LogLines {
  readonly raw: string[] = []
  readonly stream = new Writable({
    write: (chunk, _encoding, done) => {
      this.raw.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  get entries(): Record<string, unknown>[] {
    return this.raw.map((line) => JSON.parse(line) as Record<string, unknown>)
  }
}

export interface TestRuntime extends FunctionRuntime {
  logs: LogLines
  /** A valid access token for a principal, as users-login would issue it. */
  tokenFor(principal: Principal): Promise<string>
}

/** What a test may change of the test issuer's auth runtime: its clock and its limits. */
export type TestAuthOptions = Pick<AuthSettings, 'now' | 'refreshReuseSeconds' | 'tokenCacheSize'>

export async function createTestRuntime(
  sql: Sql,
  options: TestAuthOptions = {},
): Promise<TestRuntime> {
  const key = await testSigningKey()
  const logs = new LogLines()
  const runtime = createRuntime({
    sql,
    log: createLogger({ level: 'debug', destination: logs.stream }),
    auth: {
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      jwks: { keys: [publicJwkOf(key)] },
      signingKey: key,
      ...options,
    },
  })
  return { ...runtime, logs, tokenFor: (principal) => runtime.auth.signAccessToken(principal) }
}

/** Authorization headers of a new admin and of a new customer, for tests of admin-only routes. */
export async function roleHeaders(runtime: TestRuntime) {
  const header = async (role: 'admin' | 'customer') => ({
    authorization: `Bearer ${await runtime.tokenFor({ userId: randomUUID(), role })}`,
  })
  return { admin: await header('admin'), customer: await header('customer') }
}
