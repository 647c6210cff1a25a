import { defineHttpFunction, jsonContent, PageQuery, pageSchema } from '#shared/http'
import { User } from '../lib/schemas.ts'
import { listUsers } from '../lib/users.ts'

const UserPage = pageSchema(User, 'UserPage')

export default defineHttpFunction({
  name: 'users-list-users',
  auth: 'admin',
  rateLimit: { perMinute: 120 },
  route: {
    method: 'get',
    path: '/users',
    summary: 'Every user, oldest first, a page at a time',
    tags: ['users'],
    request: { query: PageQuery },
    responses: { 200: jsonContent(UserPage, 'One page of users.') },
  },
  handler: async (c) => {
    const { limit, cursor } = c.req.valid('query')
    return c.json(await listUsers(c.get('runtime').sql, limit, cursor), 200)
  },
})
