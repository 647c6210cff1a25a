import { cacheableJson, defineHttpFunction, jsonContent, z } from '#shared/http'
import { categoryTree } from '../lib/categories.ts'
import { CategoryNode } from '../lib/schemas.ts'

const CategoryTree = z.object({ items: z.array(CategoryNode) }).openapi('CategoryTree')

export default defineHttpFunction({
  name: 'catalog-list-categories',
  auth: 'public',
  rateLimit: { perMinute: 600 },
  route: {
    method: 'get',
    path: '/categories',
    summary: 'The category tree',
    tags: ['catalog'],
    request: { query: z.strictObject({}) },
    responses: {
      200: jsonContent(CategoryTree, 'Every category, roots first, each level by name.'),
      304: { description: 'The client’s copy (If-None-Match) is current.' },
    },
  },
  handler: async (c) => {
    const tree = { items: await categoryTree(c.get('runtime').sql) }
    return cacheableJson(c, tree, 60)
  },
})
