import {
  cacheableJson,
  defineHttpFunction,
  jsonContent,
  KeysetCursor,
  PageLimit,
  pageSchema,
  z,
} from '#shared/http'
import { PRODUCT_SORTS, searchProducts } from '../lib/products.ts'
import { MinorUnits, Product, Slug } from '../lib/schemas.ts'

const Price = z.coerce.number().pipe(MinorUnits)

const ListProductsQuery = z
  .strictObject({
    q: z.string().trim().min(1).max(200).optional().openapi({
      description:
        'Words to search for, web-search style ("a phrase", or, -without); each word also matches as a prefix.',
    }),
    category: Slug.optional().openapi({
      description: 'A category’s slug; includes its sub-categories.',
    }),
    minPrice: Price.optional().openapi({ description: 'In minor units, inclusive.' }),
    maxPrice: Price.optional().openapi({ description: 'In minor units, inclusive.' }),
    inStock: z
      .enum(['true', 'false'])
      .transform((flag) => flag === 'true')
      .optional(),
    sort: z.enum(PRODUCT_SORTS).optional().openapi({
      description: '`relevance` (the default with `q`, and only with it) or newest first.',
    }),
    limit: PageLimit,
    cursor: KeysetCursor.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.sort === 'relevance' && query.q === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'relevance needs a q to rank by' })
    }
    if (
      query.minPrice !== undefined &&
      query.maxPrice !== undefined &&
      query.minPrice > query.maxPrice
    ) {
      ctx.addIssue({ code: 'custom', path: ['maxPrice'], message: 'is below minPrice' })
    }
  })

const ProductPage = pageSchema(Product, 'ProductPage')

export default defineHttpFunction({
  name: 'catalog-list-products',
  auth: 'public',
  rateLimit: { perMinute: 1200 },
  route: {
    method: 'get',
    path: '/products',
    summary: 'Search and browse listed products, a page at a time',
    tags: ['catalog'],
    request: { query: ListProductsQuery },
    responses: {
      200: jsonContent(ProductPage, 'One page of products.'),
      304: { description: 'The client’s copy (If-None-Match) is current.' },
    },
  },
  handler: async (c) => {
    const query = c.req.valid('query')
    const sort = query.sort ?? (query.q === undefined ? '-createdAt' : 'relevance')
    const page = await searchProducts(c.get('runtime').sql, { ...query, sort })
    return cacheableJson(c, page, 5)
  },
})
