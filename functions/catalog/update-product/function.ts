import { ProductUpdated } from '#proto'
import { eventOrigin, recordEvent } from '#shared/events'
import { defineHttpFunction, jsonBody, jsonContent, problemContent, z } from '#shared/http'
import { categoryExists } from '../lib/categories.ts'
import { productNotFound, unknownCategory } from '../lib/problems.ts'
import { productFacts, updateProduct } from '../lib/products.ts'
import { Description, Images, Money, Product, ProductId, ProductName } from '../lib/schemas.ts'

/** What an admin may change; the sku names the product for good, and is not among them. */
const UpdateProductBody = z
  .strictObject({
    name: ProductName.optional(),
    description: Description.optional(),
    price: Money.optional(),
    categoryId: z.uuid().optional(),
    images: Images.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'names no field to change')

export default defineHttpFunction({
  name: 'catalog-update-product',
  auth: 'admin',
  rateLimit: { perMinute: 120 },
  route: {
    method: 'patch',
    path: '/products/{id}',
    summary: 'Change a product’s name, description, price, category or images',
    tags: ['catalog'],
    request: { params: ProductId, body: jsonBody(UpdateProductBody) },
    responses: {
      200: jsonContent(Product, 'The changed product.'),
      404: problemContent('No product is listed with this id.'),
    },
  },
  handler: async (c) => {
    const { id } = c.req.valid('param')
    const changes = c.req.valid('json')
    const product = await c.get('runtime').sql.begin(async (tx) => {
      if (changes.categoryId !== undefined && !(await categoryExists(tx, changes.categoryId))) {
        throw unknownCategory('json.categoryId')
      }
      const updated = await updateProduct(tx, id, changes)
      if (!updated) throw productNotFound()
      await recordEvent(tx, ProductUpdated, {
        key: updated.id,
        payload: productFacts(updated),
        origin: eventOrigin(c),
      })
      return updated
    })
    return c.json(product, 200)
  },
})
