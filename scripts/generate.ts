/**
 * `npm run generate`: writes every generated file (proto/gen/*, kong/kong.yml,
 * compose/functions.yml, kubernetes/base/*, docs/openapi.json) from the .proto files and the
 * function manifests.
 * The event code goes first: the functions import it, and a new event may be one of them.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { generateProtoCode, renderGeneratedFiles, repoRoot } from '#shared/platform'

async function write(files: Map<string, string>) {
  for (const [path, content] of files) {
    await mkdir(dirname(join(repoRoot, path)), { recursive: true })
    await writeFile(join(repoRoot, path), content)
  }
}

await write(await generateProtoCode())
const files = await renderGeneratedFiles()
await write(files)
for (const path of files.keys()) console.log(`wrote ${path}`)
