import type { Role } from '../../../shared/auth/index.ts'
import type { Sql, TransactionSql } from '../../../shared/db/index.ts'
import { z } from '../../../shared/http/index.ts'
import type { User } from './schemas.ts'

interface UserRow {
  id: string
  email: string
  name: string
  role: Role
  createdAt: Date
}

export function toUser(row: UserRow): User {
  return { ...row, createdAt: row.createdAt.toISOString() }
}

export interface NewUser {
  email: string
  name: string
  passwordHash: string
  role: Role
}

/** Inserts a user; undefined when the email is taken (the unique index decides, race or not). */
export async function insertUser(
  sql: Sql | TransactionSql,
  user: NewUser,
): Promise<User | undefined> {
  const [row] = await sql<UserRow[]>`
    insert into users.users (email, name, password_hash, role)
    values (${user.email}, ${user.name}, ${user.passwordHash}, ${user.role})
    on conflict (email) do nothing
    returning id, email, name, role, created_at`
  return row && toUser(row)
}

export async function findUserById(sql: Sql, userId: string): Promise<User | undefined> {
  const [row] = await sql<UserRow[]>`
    select id, email, name, role, created_at from users.users where id = ${userId}`
  return row && toUser(row)
}

export interface Credentials {
  id: string
  role: Role
  passwordHash: string
}

export async function findCredentialsByEmail(
  sql: Sql,
  email: string,
): Promise<Credentials | undefined> {
  const [row] = await sql<Credentials[]>`
    select id, role, password_hash from users.users where email = ${email}`
  return row
}

export async function findCredentialsById(
  sql: Sql,
  userId: string,
): Promise<Credentials | undefined> {
  const [row] = await sql<Credentials[]>`
    select id, role, password_hash from users.users where id = ${userId}`
  return row
}

export async function updateUserName(
  sql: Sql | TransactionSql,
  userId: string,
  name: string,
): Promise<User | undefined> {
  const [row] = await sql<UserRow[]>`
    update users.users set name = ${name}, updated_at = now() where id = ${userId}
    returning id, email, name, role, created_at`
  return row && toUser(row)
}

export async function setPasswordHash(
  tx: Sql | TransactionSql,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await tx`
    update users.users set password_hash = ${passwordHash}, updated_at = now()
    where id = ${userId}`
}

/** An opaque page cursor: the position (created_at, id) of the last user on the page. */
export const PageCursor = z
  .string()
  .max(200)
  .transform((text, ctx) => {
    const position = CursorPosition.safeParse(decodeCursor(text))
    if (position.success) return position.data
    ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave out' })
    return z.NEVER
  })
  .openapi({ type: 'string', description: 'The `nextCursor` of the previous page.' })

const CursorPosition = z.tuple([z.iso.datetime({ offset: true, precision: 6 }), z.uuid()])
type CursorPosition = z.infer<typeof CursorPosition>

function decodeCursor(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

export interface Page<Item> {
  items: Item[]
  nextCursor: string | null
}

export async function listUsers(
  sql: Sql,
  limit: number,
  after: CursorPosition | undefined,
): Promise<Page<User>> {
  // The position goes in as text: a parameter typed timestamptz would pass through a JS Date
  // in postgres.js and lose its microseconds, so the last row of a page would come back again.
  const rows = await sql<(UserRow & { position: string })[]>`
    select id, email, name, role, created_at,
           to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as position
    from users.users
    ${after ? sql`where (created_at, id) > (${after[0]}::text::timestamptz, ${after[1]}::uuid)` : sql``}
    order by created_at, id
    limit ${limit + 1}`
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify([last.position, last.id])).toString('base64url')
      : null
  return { items: page.map(({ position: _position, ...row }) => toUser(row)), nextCursor }
}
