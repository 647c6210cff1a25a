import { Problem } from '#shared/http'

/** A category id in a body that names no category: the request is wrong, not the state. */
export function unknownCategory(field: string): Problem {
  return new Problem(400, 'unknown-category', 'no category has this id', {
    errors: [{ path: field, message: 'is not the id of a category' }],
  })
}

export function productNotFound(): Problem {
  return new Problem(404, 'product-not-found', 'no product is listed with this id')
}
