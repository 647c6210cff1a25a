/**
 * Test support for the users domain: accounts written straight to the database, so a test that
 * needs an existing user does not go through another function, and sessions started through
 * users-login as a client would start them. Imported by tests only.
 */
import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import { hashPassword, type Role } from '#shared/auth'
import type { Sql } from '#shared/db'
import { jsonRequest } from '#shared/testing'
import { TokenPair, type User } from './schemas.ts'
import { insertUser } from './users.ts'

export const TEST_PASSWORD = 'a long passphrase'

export interface TestUserOptions {
  email?: string
  password?: string
  name?: string
  role?: Role
}

export interface TestUser {
  user: User
  /** The password in clear, to log in with. */
  password: string
}

/** Stores a user with a real argon2id hash; the email is made unique unless one is given. */
export async function createUser(sql: Sql, options: TestUserOptions = {}): Promise<TestUser> {
  const email = options.email ?? `user-${randomUUID()}@example.com`
  const password = options.password ?? TEST_PASSWORD
  const user = await insertUser(sql, {
    email,
    name: options.name ?? 'Test User',
    passwordHash: await hashPassword(password),
    role: options.role ?? 'customer',
  })
  if (!user) throw new Error(`a user with the email ${email} exists already`)
  return { user, password }
}

/** The Authorization header that carries an access token. */
export function bearer(accessToken: string): { authorization: string } {
  return { authorization: `Bearer ${accessToken}` }
}

/** Logs in through users-login on the test's runtime, as a client would: the new session's pair. */
export async function logInThroughApi(
  loginApp: { request(path: string, init: RequestInit): Response | Promise<Response> },
  email: string,
  password: string,
): Promise<TokenPair> {
  const res = await loginApp.request('/auth/login', jsonRequest('POST', { email, password }))
  expect(res.status).toBe(200)
  return TokenPair.parse(await res.json())
}
