import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from './functions.ts'

const run = promisify(execFile)
const protoDir = join(repoRoot, 'proto')

async function protoFiles(): Promise<string[]> {
  const entries = await readdir(join(protoDir, 'mart'), { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.proto'))
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)))
    .sort()
}

/** The protobufjs static module (ES module + types) for every `.proto` file under proto/mart. */
export async function generateProtoCode(): Promise<Map<string, string>> {
  const out = await mkdtemp(join(tmpdir(), 'mart-proto-'))
  try {
    const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name)
    const js = join(out, 'mart.js')
    await run(
      bin('pbjs'),
      [
        '-t',
        'static-module',
        '-w',
        'es6',
        '--es6',
        '--no-create',
        '--no-verify',
        '--no-convert',
        '--no-delimited',
        '-p',
        'proto',
        '-o',
        js,
        ...(await protoFiles()),
      ],
      { cwd: repoRoot },
    )
    await run(bin('pbts'), ['-o', join(out, 'mart.d.ts'), js], { cwd: repoRoot })
    return new Map([
      ['proto/gen/mart.js', await readFile(js, 'utf8')],
      ['proto/gen/mart.d.ts', await readFile(join(out, 'mart.d.ts'), 'utf8')],
    ])
  } finally {
    await rm(out, { recursive: true, force: true })
  }
}
