import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { e2eServerEnvFile } from './credentials'

/**
 * Another `npm start` (scripts/start.ts) of the production build on the e2e server's database, with
 * `env` on top of the e2e server's environment. Resolves once it answers /api/health.
 */
export async function startAppInstance(port: number, env: Record<string, string>) {
  const base = JSON.parse(readFileSync(e2eServerEnvFile, 'utf8')) as Record<string, string>
  const child = spawn('npx', ['tsx', 'scripts/start.ts', '-p', String(port)], {
    env: { ...process.env, ...base, ...env },
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 120_000
  while (
    !(await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the instance on ${port} did not start`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null || !child.pid) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    },
  }
}
