import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'

/** Where the processes a test starts write their output (kept with Playwright's results on failure). */
export const processLogDir = path.resolve('test-results', 'processes')

export type Started = {
  name: string
  child: ChildProcess
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
  /** Sends `signal` to the process itself (not its group): what a platform sends one instance. */
  signal: (signal: NodeJS.Signals) => void
  /** Kills the process and everything it started at once, as a machine that dies would. */
  kill: () => Promise<void>
  /** Ends the process and everything it started: SIGTERM, then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>
}

const running = new Set<Started>()
// A crashed or interrupted test run must not leave servers behind: the process groups die with us.
process.once('exit', () => {
  for (const started of running) killGroup(started.child, 'SIGKILL')
})

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** Starts `command` in a process group of its own, its output in processLogDir/<name>.log. */
export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  mkdirSync(processLogDir, { recursive: true })
  const log = createWriteStream(path.join(processLogDir, `${name}.log`), { flags: 'a' })
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.pipe(log, { end: false })
  child.stderr!.pipe(log, { end: false })
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      log.end()
      resolve(code ?? signal ?? 'unknown')
    }),
  )
  const started: Started = {
    name,
    child,
    exited,
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    },
    kill: async () => {
      killGroup(child, 'SIGKILL')
      await exited
    },
    stop: async (graceMs = 15_000) => {
      killGroup(child, 'SIGTERM')
      const late = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs)
      await exited
      clearTimeout(late)
      // What the process started may outlive it (npm's child): its group goes too.
      killGroup(child, 'SIGKILL')
      running.delete(started)
    },
  }
  running.add(started)
  void exited.then(() => running.delete(started))
  return started
}

/** Polls `url` until it answers `status`, failing early if `process` ends first. */
export async function waitForHttp(url: string, options: { timeoutMs: number; process?: Started; status?: number }) {
  const deadline = Date.now() + options.timeoutMs
  let ended = false
  void options.process?.exited.then(() => (ended = true))
  while (Date.now() < deadline) {
    if (ended) throw new Error(`${options.process!.name} ended before ${url} answered; see ${processLogDir}`)
    const status = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => 0,
    )
    if (status === (options.status ?? 200)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer ${options.status ?? 200} within ${options.timeoutMs} ms`)
}
