import { eventOrigin } from '#shared/events'
import { defineHttpFunction, jsonBody, jsonContent, Problem, problemContent, z } from '#shared/http'
import { addProduct } from '../lib/products.ts'
import { Description, Images, Money, Product, ProductName, Sku } from '../lib/schemas.ts'

const CreateProductBody = z.strictObject({
  sku: Sku,
  name: ProductName,
  description: Description,
  price: Money,
  categoryId: z.uuid(),
  images: Images.default([]),
})

export default defineHttpFunction({
  name: 'catalog-create-product',
  auth: 'admin',
  rateLimit: { perMinute: 120 },
  route: {
    method: 'post',
    path: '/products',
    summary: 'Add a product to the catalog',
    tags: ['catalog'],
    request: { body: jsonBody(CreateProductBody) },
    responses: {
      201: jsonContent(Product, 'The new product, with its availability.'),
      409: problemContent('The sku is taken.'),
    },
  },
  handler: async (c) => {
    const body = c.req.valid('json')
    const product = await c.get('runtime').sql.begin((tx) => addProduct(tx, body, eventOrigin(c)))
    if (!product) throw new Problem(409, 'sku-taken', 'a product with this sku exists already')
    return c.json(product, 201)
  },
})
