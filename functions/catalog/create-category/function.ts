import { defineHttpFunction, jsonBody, jsonContent, Problem, problemContent, z } from '#shared/http'
import { insertCategory } from '../lib/categories.ts'
import { Category, CategoryName, Slug } from '../lib/schemas.ts'

const CreateCategoryBody = z.strictObject({
  name: CategoryName,
  slug: Slug,
  parentId: z.uuid().nullable().default(null),
})

export default defineHttpFunction({
  name: 'catalog-create-category',
  auth: 'admin',
  rateLimit: { perMinute: 60 },
  route: {
    method: 'post',
    path: '/categories',
    summary: 'Add a category, at the top or under a parent',
    tags: ['catalog'],
    request: { body: jsonBody(CreateCategoryBody) },
    responses: {
      201: jsonContent(Category, 'The new category.'),
      409: problemContent('The slug is taken.'),
    },
  },
  handler: async (c) => {
    const body = c.req.valid('json')
    const result = await c.get('runtime').sql.begin((tx) => insertCategory(tx, body))
    if ('inserted' in result) return c.json(result.inserted, 201)
    if (result.refused === 'slug-taken') {
      throw new Problem(409, 'slug-taken', 'a category with this slug exists already')
    }
    throw new Problem(400, 'unknown-parent', 'the parent category does not exist', {
      errors: [{ path: 'json.parentId', message: 'is not the id of a category' }],
    })
  },
})
