import { spawn } from 'node:child_process'

export type WorkerProcess = Awaited<ReturnType<typeof startWorker>>

/**
 * `npm run worker` as a real child process, in a process group of its own so that a kill reaches
 * the worker itself and not only npm in front of it. Its output is kept, for assertions and for
 * the failure message of a test.
 */
export function startWorker(env: Record<string, string>) {
  const child = spawn('npm', ['run', '--silent', 'worker'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const signalGroup = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-child.pid!, signal)
      return true
    } catch {
      return false // the whole group is gone
    }
  }
  return {
    pid: child.pid!,
    output: () => output,
    /** Resolves once the worker reports that it takes jobs (after booting Payload). */
    async ready(timeoutMs = 120_000) {
      const until = Date.now() + timeoutMs
      while (!/takes jobs from the queue/.test(output)) {
        if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode}):\n${output}`)
        if (Date.now() > until) throw new Error(`the worker did not start in ${timeoutMs} ms:\n${output}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    /**
     * SIGTERM (a clean stop) or SIGKILL (a lost machine); resolves once every process of the group
     * is gone (killed after `timeoutMs`, so nothing outlives a test), answering whether it left by itself.
     */
    async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM', timeoutMs = 60_000) {
      signalGroup(signal)
      const until = Date.now() + timeoutMs
      while (signalGroup(0)) {
        if (Date.now() > until) {
          signalGroup('SIGKILL')
          return false
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return true
    },
  }
}
