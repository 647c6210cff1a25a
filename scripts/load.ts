/** `npm run load -- <scenario> [options]`: load scenarios against a running mart (scripts/load/). */
import { main } from './load/cli.ts'

process.exitCode = await main(process.argv.slice(2))
