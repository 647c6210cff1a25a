import type { Role } from '#shared/auth'
import type { Sql, TransactionSql } from '#shared/db'
import { afterPosition, type Page, type PagePosition, positionColumn, toPage } from '#shared/http'
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

export async function listUsers(
  sql: Sql,
  limit: number,
  after: PagePosition | undefined,
): Promise<Page<User>> {
  const rows = await sql<(UserRow & { position: string })[]>`
    select id, email, name, role, created_at, ${positionColumn(sql)}
    from users.users
    where ${afterPosition(sql, after)}
    order by created_at, id
    limit ${limit + 1}`
  return toPage(rows, limit, ({ position: _position, ...row }) => toUser(row))
}
