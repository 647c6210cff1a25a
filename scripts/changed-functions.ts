/**
 * Which deployables need a new image: `npx tsx scripts/changed-functions.ts <base-ref>` prints
 * a JSON array of their names (the deploy workflow's matrix). See
 * shared/platform/build/changed-functions.ts for what counts as changed.
 */
import { changedSince } from '#shared/platform/build'

console.log(JSON.stringify(await changedSince(process.argv[2])))
