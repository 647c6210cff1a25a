import { z } from '#shared/http'

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'))

/** An ISO 4217 code the runtime knows, e.g. PKR; not any three letters. */
export const Currency = z
  .string()
  .refine((code) => CURRENCIES.has(code), 'is not an ISO 4217 currency code')
  .openapi({ example: 'PKR' })

/** A whole number of minor units; JSON numbers above 2^53 would not stay whole. */
export const MinorUnits = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

export const Money = z
  .strictObject({
    amount: MinorUnits.openapi({
      description: 'Integer minor units of the currency: 150000 is PKR 1,500.00.',
      example: 150000,
    }),
    currency: Currency.default('PKR'),
  })
  .openapi('Money')
export type Money = z.infer<typeof Money>

export const Slug = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
  .openapi({ example: 'rice-and-grains' })

export const CategoryName = z.string().trim().min(1).max(100).openapi({ example: 'Rice & Grains' })

export const Category = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    parentId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Category')
export type Category = z.infer<typeof Category>

/** A category with its sub-categories, to any depth. */
export interface CategoryNode {
  id: string
  name: string
  slug: string
  children: CategoryNode[]
}
export const CategoryNode: z.ZodType<CategoryNode> = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    get children() {
      return z.array(CategoryNode)
    },
  })
  .openapi('CategoryNode')

export const Sku = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dots, hyphens, underscores')
  .openapi({ example: 'RICE-BASMATI-5KG' })
export const ProductName = z.string().trim().min(1).max(200).openapi({ example: 'Basmati rice' })
export const Description = z.string().trim().max(5000)
export const Images = z.array(z.url({ protocol: /^https?$/ }).max(2000)).max(20)

export const Availability = z
  .object({
    inStock: z.boolean(),
    available: z.number().int().openapi({ description: 'Units that can be ordered now.' }),
  })
  .openapi('Availability')

export const Product = z
  .object({
    id: z.uuid(),
    sku: z.string(),
    name: z.string(),
    description: z.string(),
    price: Money,
    categoryId: z.uuid(),
    images: z.array(z.string()),
    availability: Availability,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Product')
export type Product = z.infer<typeof Product>

export const ProductId = z.strictObject({ id: z.uuid() })
