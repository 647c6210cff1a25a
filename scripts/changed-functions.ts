/**
 * What a deploy does: `npx tsx scripts/changed-functions.ts <base-ref>` prints
 * `{"deploy": [...], "remove": [...]}`, the deployables to build and roll and the services of
 * deleted functions (the deploy workflow's matrices). See
 * shared/platform/build/changed-functions.ts for what counts as changed.
 */
import { deployPlanSince } from '#shared/platform/build'

console.log(JSON.stringify(await deployPlanSince(process.argv[2])))
