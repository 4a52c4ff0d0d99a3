import { spawn, type ChildProcess } from 'node:child_process'
import { createConnection } from 'node:net'
import { freePort } from './throwawayDatabase'

const answersPing = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })

/**
 * A private Debian redis-server on a free port, holding nothing on disk: stopped, it loses its data,
 * as a replaced Memorystore node would. `stop` and `start` again keep the port; `pause` freezes it.
 */
export async function startRedisServer() {
  const port = await freePort()
  let server: ChildProcess | undefined
  const start = async () => {
    server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    )
    const deadline = Date.now() + 10_000
    while (!(await answersPing(port))) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on ${port}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const stop = async () => {
    const running = server
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }
  await start()
  // A Redis that hangs: connections stay open and nothing answers.
  const pause = () => void server?.kill('SIGSTOP')
  const resume = () => void server?.kill('SIGCONT')
  return { url: `redis://127.0.0.1:${port}`, port, start, stop, pause, resume }
}
