// Cucumber's `loader` option registers hooks without the data tsx's hooks need, so tsx is
// registered here, the first support file imported; the TypeScript files come after it.
import { register } from 'tsx/esm/api'

register()
