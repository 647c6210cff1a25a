import { defineHttpFunction, jsonContent, PageQuery, pageSchema } from '#shared/http'
import { listNotifications, Notification } from '../lib/notifications.ts'

const NotificationPage = pageSchema(Notification, 'NotificationPage')

export default defineHttpFunction({
  name: 'notifications-list-notifications',
  auth: 'customer',
  rateLimit: { perMinute: 300 },
  route: {
    method: 'get',
    path: '/notifications',
    summary: 'The caller’s notifications, oldest first, a page at a time',
    tags: ['notifications'],
    request: { query: PageQuery },
    responses: { 200: jsonContent(NotificationPage, 'One page of notifications.') },
  },
  handler: async (c) => {
    const { limit, cursor } = c.req.valid('query')
    const page = await listNotifications(
      c.get('runtime').sql,
      c.get('principal').userId,
      limit,
      cursor,
    )
    return c.json(page, 200)
  },
})
