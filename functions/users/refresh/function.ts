import { defineHttpFunction, jsonBody, jsonContent, Problem, problemContent } from '#shared/http'
import { RefreshTokenBody, TokenPair } from '../lib/schemas.ts'
import { rotateSession, TOKEN_ANSWER_HEADERS } from '../lib/sessions.ts'

export default defineHttpFunction({
  name: 'users-refresh',
  auth: 'public',
  rateLimit: { perMinute: 30 },
  signsTokens: true,
  route: {
    method: 'post',
    path: '/auth/refresh',
    summary: 'Trade a refresh token for a new pair',
    description:
      'The old refresh token stops working. Presented again within a short reuse interval (10 seconds by default) it gets the same new pair; after that, it revokes the whole session.',
    tags: ['auth'],
    request: { body: jsonBody(RefreshTokenBody) },
    responses: {
      200: jsonContent(TokenPair, 'A new access token and refresh token.'),
      401: problemContent('The refresh token is unknown, expired, spent or revoked.'),
    },
  },
  handler: async (c) => {
    const { refreshToken } = c.req.valid('json')
    const { sql, auth } = c.get('runtime')
    const rotation = await rotateSession(sql, auth, refreshToken)
    if (!rotation.ok) {
      throw new Problem(401, 'invalid-refresh-token', 'the refresh token is not valid')
    }
    return c.json(rotation.pair, 200, TOKEN_ANSWER_HEADERS)
  },
})
