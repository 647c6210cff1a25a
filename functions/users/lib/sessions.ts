import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Principal } from '#shared/auth'
import type { Sql, TransactionSql } from '#shared/db'
import type { AuthRuntime } from '#shared/http'
import type { TokenPair } from './schemas.ts'

/**
 * Login sessions as families of rotating refresh tokens. Each refresh spends the token and
 * issues the next one in the same family; presenting a spent token means it was stolen or
 * replayed, so the whole family is revoked.
 */

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

/** Spends a refresh token for a new pair; a reused token revokes its whole family. */
export async function rotateSession(sql: Sql, auth: AuthRuntime, token: string): Promise<Rotation> {
  const outcome = await sql.begin(async (tx) => {
    const [current] = await tx<
      {
        id: string
        userId: string
        familyId: string
        role: Principal['role']
        spent: boolean
        expired: boolean
      }[]
    >`
      select t.id, t.user_id, t.family_id, u.role,
             (t.rotated_at is not null or t.revoked_at is not null) as spent,
             t.expires_at <= now() as expired
      from users.refresh_tokens t join users.users u on u.id = t.user_id
      where t.token_hash = ${hashToken(token)}
      for update of t`
    if (!current || current.expired) return undefined
    if (current.spent) {
      await tx`
        update users.refresh_tokens set revoked_at = now()
        where family_id = ${current.familyId} and revoked_at is null`
      return undefined
    }
    await tx`update users.refresh_tokens set rotated_at = now() where id = ${current.id}`
    const next = await issueRefreshToken(
      tx,
      current.userId,
      current.familyId,
      auth.refreshTokenTtlSeconds,
    )
    return { principal: { userId: current.userId, role: current.role }, next }
  })
  if (!outcome) return { ok: false }
  return { ok: true, pair: await tokenPair(auth, outcome.principal, outcome.next) }
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
