import { PublicJwks } from '#shared/auth'
import { defineHttpFunction, jsonContent } from '#shared/http'

export default defineHttpFunction({
  name: 'users-get-jwks',
  auth: 'public',
  rateLimit: { perMinute: 600 },
  route: {
    method: 'get',
    path: '/.well-known/jwks.json',
    summary: 'The public keys that verify access tokens',
    tags: ['auth'],
    responses: { 200: jsonContent(PublicJwks, 'A JSON Web Key Set.') },
  },
  handler: (c) => {
    c.header('cache-control', 'public, max-age=300')
    return c.json(c.get('runtime').auth.jwks, 200)
  },
})
