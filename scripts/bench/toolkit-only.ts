/**
 * The smallest function the toolkit makes: one public route answering a constant. Its bundle
 * is the floor every real function's bundle is compared with (scripts/bench/bundle-size.ts).
 */
import { defineHttpFunction, jsonContent, z } from '#shared/http'

export default defineHttpFunction({
  name: 'bench-toolkit-only',
  auth: 'public',
  rateLimit: { perMinute: 60 },
  route: {
    method: 'get',
    path: '/bench/toolkit-only',
    responses: { 200: jsonContent(z.object({ ok: z.boolean() }), 'Always ok.') },
  },
  handler: (c) => c.json({ ok: true }, 200),
})
