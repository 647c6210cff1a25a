import { randomBytes } from 'node:crypto'
import { argon2id, argon2Verify } from 'hash-wasm'

/** OWASP's first argon2id choice: 19 MiB of memory, 2 passes, 1 lane. */
const ARGON2ID = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 } as const

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...ARGON2ID, password, salt: randomBytes(16), outputType: 'encoded' })
}

export function verifyPassword(password: string, encodedHash: string): Promise<boolean> {
  return argon2Verify({ password, hash: encodedHash })
}

let decoyHash: Promise<string> | undefined

/**
 * Spends the same time as a real check when there is no user to check against, so the answer
 * time does not tell an unknown email from a wrong password.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'))
  await verifyPassword(password, await decoyHash)
  return false
}
