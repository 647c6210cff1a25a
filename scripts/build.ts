/**
 * `npm run build [-- NAME...]`: bundles each deployable (or the named ones) into
 * `dist/functions/<name>/index.mjs` and prints a size table.
 */
import { mkdir } from 'node:fs/promises'
import { type BuiltFunction, buildFunction, deployables, distDir } from '#shared/platform/build'

const wanted = process.argv.slice(2)
const sources = (await deployables()).filter(
  (source) => wanted.length === 0 || wanted.includes(source.name),
)
const unknown = wanted.filter((name) => !sources.some((source) => source.name === name))
if (unknown.length > 0) throw new Error(`no such function: ${unknown.join(', ')}`)
await mkdir(distDir, { recursive: true })
const built: BuiltFunction[] = []
for (const source of sources) built.push(await buildFunction(source))
const width = Math.max(...built.map((fn) => fn.name.length))
console.log(`${'function'.padEnd(width)}  ${'bundle'.padStart(9)}`)
for (const fn of built) {
  console.log(`${fn.name.padEnd(width)}  ${(fn.bytes / 1024).toFixed(1).padStart(6)} KB`)
}
