import { defineHttpFunction, jsonBody } from '#shared/http'
import { RefreshTokenBody } from '../lib/schemas.ts'
import { endSession } from '../lib/sessions.ts'

export default defineHttpFunction({
  name: 'users-logout',
  auth: 'public',
  rateLimit: { perMinute: 30 },
  route: {
    method: 'post',
    path: '/auth/logout',
    summary: 'End the session a refresh token belongs to',
    tags: ['auth'],
    request: { body: jsonBody(RefreshTokenBody) },
    responses: { 204: { description: 'The session is over (also for unknown tokens).' } },
  },
  handler: async (c) => {
    const { refreshToken } = c.req.valid('json')
    await endSession(c.get('runtime').sql, refreshToken)
    return c.body(null, 204)
  },
})
