import { Problem } from '#shared/http'

export function noStock(): Problem {
  return new Problem(404, 'stock-not-found', 'no stock is kept for this product')
}

/** The answer to a change that `changeStock` refused. */
export function refusedChange(refusal: 'no-stock' | 'too-little' | 'too-much'): Problem {
  if (refusal === 'no-stock') return noStock()
  return refusal === 'too-little'
    ? new Problem(409, 'insufficient-stock', 'on hand cannot go below zero or what is reserved')
    : new Problem(409, 'too-much-stock', 'on hand can be at most 1,000,000,000')
}
