import { cacheableJson, defineHttpFunction, jsonContent, problemContent } from '#shared/http'
import { productNotFound } from '../lib/problems.ts'
import { findListedProduct } from '../lib/products.ts'
import { Product, ProductId } from '../lib/schemas.ts'

export default defineHttpFunction({
  name: 'catalog-get-product',
  auth: 'public',
  rateLimit: { perMinute: 1200 },
  route: {
    method: 'get',
    path: '/products/{id}',
    summary: 'One listed product, with its availability',
    tags: ['catalog'],
    request: { params: ProductId },
    responses: {
      200: jsonContent(Product, 'The product.'),
      304: { description: 'The client’s copy (If-None-Match) is current.' },
      404: problemContent('No product is listed with this id (unknown, or archived).'),
    },
  },
  handler: async (c) => {
    const product = await findListedProduct(c.get('runtime').sql, c.req.valid('param').id)
    if (!product) throw productNotFound()
    // Availability changes with every sale, so caches keep a product only briefly.
    return cacheableJson(c, product, 5)
  },
})
