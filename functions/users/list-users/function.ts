import { defineHttpFunction, jsonContent, z } from '../../../shared/http/index.ts'
import { User } from '../lib/schemas.ts'
import { listUsers, PageCursor } from '../lib/users.ts'

const ListUsersQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: PageCursor.optional(),
})

const UserPage = z
  .object({
    items: z.array(User),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page.' }),
  })
  .openapi('UserPage')

export default defineHttpFunction({
  name: 'users-list-users',
  auth: 'admin',
  rateLimit: { perMinute: 120 },
  route: {
    method: 'get',
    path: '/users',
    summary: 'Every user, oldest first, a page at a time',
    tags: ['users'],
    request: { query: ListUsersQuery },
    responses: { 200: jsonContent(UserPage, 'One page of users.') },
  },
  handler: async (c) => {
    const { limit, cursor } = c.req.valid('query')
    return c.json(await listUsers(c.var.runtime.sql, limit, cursor), 200)
  },
})
