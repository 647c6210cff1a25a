import { defineHttpFunction, jsonContent, Problem } from '#shared/http'
import { User } from '../lib/schemas.ts'
import { findUserById } from '../lib/users.ts'

export default defineHttpFunction({
  name: 'users-get-me',
  auth: 'customer',
  rateLimit: { perMinute: 600 },
  route: {
    method: 'get',
    path: '/users/me',
    summary: 'The caller’s own profile',
    tags: ['users'],
    responses: { 200: jsonContent(User, 'The profile.') },
  },
  handler: async (c) => {
    const user = await findUserById(c.get('runtime').sql, c.get('principal').userId)
    if (!user) throw new Problem(404, 'user-not-found', 'this account no longer exists')
    return c.json(user, 200)
  },
})
