import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { dataDir } from '../registry.ts'

/**
 * Where `npm start` says where it listens, for a Prometheus on the same machine: a file-based
 * discovery file (`file_sd_configs`), which compose/prometheus/npm-start.yml reads. The one
 * target is the host's /metrics, which serves every function's series, each with its own fn.
 */
export const DEFAULT_PROMETHEUS_TARGETS_FILE = join(dataDir, 'prometheus', 'targets.json')

/** Writes `file` naming the host at `url` as the one target; Prometheus rereads it on change. */
export async function writePrometheusTargets(file: string, url: string): Promise<void> {
  const groups = [{ targets: [new URL(url).host] }]
  await mkdir(dirname(file), { recursive: true })
  // Written aside, then renamed over the old one: Prometheus never reads half a file.
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, `${JSON.stringify(groups, null, 2)}\n`)
  await rename(partial, file)
}
