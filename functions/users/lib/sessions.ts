import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  randomUUID,
} from 'node:crypto'
import type { Principal } from '#shared/auth'
import type { Sql, TransactionSql } from '#shared/db'
import type { AuthRuntime } from '#shared/http'
import { TokenPair } from './schemas.ts'

/**
 * Login sessions as families of rotating refresh tokens. Each refresh spends the token and
 * issues the next one in the same family; presenting a spent token after its short reuse
 * interval means it was stolen or replayed, so the whole family is revoked.
 */

/** An answer that carries tokens must not be stored by any cache (RFC 6749 §5.1). */
export const TOKEN_ANSWER_HEADERS = { 'cache-control': 'no-store', pragma: 'no-cache' }

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

async function issueRefreshToken(
  tx: Sql | TransactionSql,
  userId: string,
  familyId: string,
  ttlSeconds: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await tx`
    insert into users.refresh_tokens (user_id, family_id, token_hash, expires_at)
    values (${userId}, ${familyId}, ${hashToken(token)},
            now() + make_interval(secs => ${ttlSeconds}))`
  return token
}

async function tokenPair(auth: AuthRuntime, principal: Principal, refreshToken: string) {
  const pair: TokenPair = {
    accessToken: await auth.signAccessToken(principal),
    refreshToken,
    tokenType: 'Bearer',
    expiresIn: auth.accessTokenTtlSeconds,
  }
  return pair
}

/** Starts a new session (a new token family) for a user who just proved who they are. */
export async function startSession(
  sql: Sql,
  auth: AuthRuntime,
  principal: Principal,
): Promise<TokenPair> {
  const token = await issueRefreshToken(
    sql,
    principal.userId,
    randomUUID(),
    auth.refreshTokenTtlSeconds,
  )
  return tokenPair(auth, principal, token)
}

export type Rotation = { ok: true; pair: TokenPair } | { ok: false }

/**
 * Spends a refresh token for a new pair. Within `auth.refreshReuseSeconds` of the trade the
 * same token gets the same pair again (parallel tabs, a retry after a lost answer); later, a
 * spent token means it was stolen or replayed, and its whole family is revoked.
 */
export async function rotateSession(sql: Sql, auth: AuthRuntime, token: string): Promise<Rotation> {
  const now = auth.now()
  return sql.begin(async (tx): Promise<Rotation> => {
    const [current] = await tx<
      {
        id: string
        userId: string
        familyId: string
        role: Principal['role']
        rotatedAt: Date | null
        revoked: boolean
        expired: boolean
        successor: Buffer | null
      }[]
    >`
      select t.id, t.user_id, t.family_id, u.role, t.rotated_at,
             t.revoked_at is not null as revoked, t.expires_at <= now() as expired, t.successor
      from users.refresh_tokens t join users.users u on u.id = t.user_id
      where t.token_hash = ${hashToken(token)}
      for update of t`
    if (!current || current.expired) return { ok: false }
    const { rotatedAt, successor } = current
    const withinReuse = rotatedAt && now - rotatedAt.getTime() < auth.refreshReuseSeconds * 1000
    if (!current.revoked && withinReuse && successor) {
      return { ok: true, pair: openSuccessor(token, successor) }
    }
    if (current.revoked || rotatedAt) {
      await tx`
        update users.refresh_tokens set revoked_at = now()
        where family_id = ${current.familyId} and revoked_at is null`
      return { ok: false }
    }
    const next = await issueRefreshToken(
      tx,
      current.userId,
      current.familyId,
      auth.refreshTokenTtlSeconds,
    )
    const pair = await tokenPair(auth, { userId: current.userId, role: current.role }, next)
    await tx`
      update users.refresh_tokens
      set rotated_at = ${new Date(now)}, successor = ${sealSuccessor(token, pair)}
      where id = ${current.id}`
    return { ok: true, pair }
  })
}

/*
 * A traded token keeps its successor pair sealed (AES-256-GCM) under a key derived from the
 * token itself. The table holds only the token's hash, so the pair opens only for whoever
 * presents the token: a database leak still yields no usable token (ADR 0009).
 */
const SUCCESSOR_KEY_INFO = 'imtiaz-mart refresh-token successor v1'
const IV_BYTES = 12
const TAG_BYTES = 16

function successorKey(token: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, '', SUCCESSOR_KEY_INFO, 32))
}

function sealSuccessor(token: string, pair: TokenPair): Buffer {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', successorKey(token), iv)
  // Bound to its row: a sealed pair copied onto another token's row does not open.
  cipher.setAAD(hashToken(token))
  const sealed = Buffer.concat([cipher.update(JSON.stringify(pair), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), sealed])
}

function openSuccessor(token: string, sealed: Buffer): TokenPair {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    successorKey(token),
    sealed.subarray(0, IV_BYTES),
  )
  decipher.setAAD(hashToken(token))
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  const plain = Buffer.concat([
    decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ])
  return TokenPair.parse(JSON.parse(plain.toString('utf8')))
}

/** Ends the session a refresh token belongs to. Unknown tokens are ignored. */
export async function endSession(sql: Sql, token: string): Promise<void> {
  await sql`
    update users.refresh_tokens set revoked_at = now()
    where revoked_at is null and family_id in (
      select family_id from users.refresh_tokens where token_hash = ${hashToken(token)})`
}

/** Ends every session of a user, e.g. after a password change. */
export async function endAllSessions(tx: Sql | TransactionSql, userId: string): Promise<void> {
  await tx`
    update users.refresh_tokens set revoked_at = now()
    where user_id = ${userId} and revoked_at is null`
}
