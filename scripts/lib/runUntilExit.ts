import type { ChildProcess } from 'node:child_process'

/** Runs a child command until it ends, forwarding Ctrl-C, then stops what we started. */
export async function runUntilExit(spawnChild: () => ChildProcess, cleanup: () => Promise<void>): Promise<never> {
  const child = spawnChild()
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 0)))
  await cleanup()
  process.exit(code)
}
