/**
 * Bundle size: builds every deployable as `npm run build` does (into a temporary folder) and
 * prints each bundle against the toolkit floor built in the same run
 * (scripts/bench/toolkit-only.ts: an HTTP function with no domain code). Size is no target of
 * its own (issue 11): it is shown because it explains start time and memory. The packages that
 * weigh most in the largest HTTP bundle come last, to show where the bytes are.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Metafile } from 'esbuild'
import { buildFunction, deployables } from '#shared/platform/build'
import { heading, isMain, KB, printTable, ratio, tempDir } from './lib.ts'

export async function benchBundleSize(): Promise<void> {
  heading('bundle size (minified, one file per function)')
  const out = await tempDir('bundles')
  try {
    const floor = await buildFunction(
      {
        name: 'toolkit-only',
        domain: 'bench',
        kind: 'http',
        entry: 'scripts/bench/toolkit-only.ts',
      },
      out.path,
    )
    const sources = await deployables()
    const built = []
    for (const source of sources) built.push(await buildFunction(source, out.path))
    const kindOf = (name: string) => sources.find((source) => source.name === name)?.kind ?? ''
    const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
    printTable(
      ['bundle', 'kind', 'size', 'vs toolkit floor'],
      [
        [`(baseline) ${floor.name}`, 'http', kb(floor.bytes), '1.00×'],
        ...built.map((fn) => [
          fn.name,
          kindOf(fn.name),
          kb(fn.bytes),
          ratio(fn.bytes, floor.bytes),
        ]),
      ],
    )
    const largest = built
      .filter((fn) => kindOf(fn.name) === 'http')
      .reduce((a, b) => (b.bytes > a.bytes ? b : a))
    console.log(`\nwhere the bytes of ${largest.name} come from:`)
    const packages = await bytesByPackage(join(out.path, largest.name, 'meta.json'))
    printTable(
      ['package or folder', 'bytes', 'share'],
      packages
        .slice(0, 15)
        .map(([name, bytes]) => [
          name,
          kb(bytes),
          `${((100 * bytes) / largest.bytes).toFixed(1)}%`,
        ]),
    )
  } finally {
    await out.remove()
  }
}

/** The bundle's bytes grouped by npm package (or by top folder for our own code). */
async function bytesByPackage(metaFile: string): Promise<[string, number][]> {
  const meta = JSON.parse(await readFile(metaFile, 'utf8')) as Metafile
  const output = Object.entries(meta.outputs).find(([path]) => path.endsWith('.mjs'))?.[1]
  const totals = new Map<string, number>()
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1]
    const name =
      pkg ??
      input
        .replace(/^[^:]*:/, '')
        .split('/')
        .slice(0, 2)
        .join('/')
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput)
  }
  return [...totals].sort((a, b) => b[1] - a[1])
}

if (isMain(import.meta)) await benchBundleSize()
