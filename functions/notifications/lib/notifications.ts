import type { Sql, TransactionSql } from '#shared/db'
import {
  afterPosition,
  type Page,
  type PagePosition,
  positionColumn,
  toPage,
  z,
} from '#shared/http'

export const Notification = z
  .object({
    id: z.uuid(),
    kind: z.enum(['welcome']),
    title: z.string(),
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Notification')
export type Notification = z.infer<typeof Notification>

interface NotificationRow {
  id: string
  kind: Notification['kind']
  title: string
  body: string
  createdAt: Date
}

export interface NewNotification {
  userId: string
  kind: Notification['kind']
  title: string
  body: string
  causedBy: string
}

export async function insertNotification(tx: TransactionSql, notification: NewNotification) {
  await tx`
    insert into notifications.notifications (user_id, kind, title, body, caused_by)
    values (${notification.userId}, ${notification.kind}, ${notification.title},
            ${notification.body}, ${notification.causedBy})`
}

export async function listNotifications(
  sql: Sql,
  userId: string,
  limit: number,
  after: PagePosition | undefined,
): Promise<Page<Notification>> {
  const rows = await sql<(NotificationRow & { position: string })[]>`
    select id, kind, title, body, created_at, ${positionColumn(sql)}
    from notifications.notifications
    where user_id = ${userId} and ${afterPosition(sql, after)}
    order by created_at, id
    limit ${limit + 1}`
  return toPage(rows, limit, ({ position: _position, createdAt, ...row }) => ({
    ...row,
    createdAt: createdAt.toISOString(),
  }))
}
