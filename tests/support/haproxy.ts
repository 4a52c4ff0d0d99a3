import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startProcess, waitForHttp } from './processes'

export type Backend = { name: string; port: number }

/**
 * A load balancer as production has one: round robin over the instances, each health-checked on
 * `healthPath`; a request that could not reach an instance (refused, or the connection closed with
 * no answer) is sent to another one, so an instance that stops takes no request down with it.
 * Requests are appended to X-Forwarded-For (the instances trust one hop).
 */
export function haproxyConfig(options: { port: number; statsPort: number; healthPath: string; backends: Backend[] }) {
  return `global
  maxconn 512

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  option forwardfor
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response

frontend site
  bind 127.0.0.1:${options.port}
  default_backend web

backend web
  balance roundrobin
  option httpchk GET ${options.healthPath}
  http-check expect status 200
  default-server inter 500ms fall 2 rise 2
${options.backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} check`).join('\n')}

listen stats
  bind 127.0.0.1:${options.statsPort}
  stats enable
  stats uri /stats
`
}

/** Debian's haproxy, in the foreground, with a generated configuration. */
export async function startHaproxy(options: Parameters<typeof haproxyConfig>[0]) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lao-cinema-haproxy-')), 'haproxy.cfg')
  writeFileSync(file, haproxyConfig(options))
  const haproxy = startProcess('haproxy', '/usr/sbin/haproxy', ['-db', '-f', file], process.env)
  const statsUrl = `http://127.0.0.1:${options.statsPort}/stats;csv`
  await waitForHttp(statsUrl, { timeoutMs: 10_000, process: haproxy })

  /** Each server's state as the health checks see it: UP, DOWN, MAINT, ... */
  async function states(): Promise<Record<string, string>> {
    const csv = await (await fetch(statsUrl)).text()
    const rows = csv.split('\n').map((line) => line.split(','))
    const header = rows[0]!.map((cell) => cell.replace(/^# /, ''))
    const [proxy, server, status] = ['pxname', 'svname', 'status'].map((name) => header.indexOf(name))
    return Object.fromEntries(
      rows
        .filter((row) => row[proxy!] === 'web' && !/^(FRONTEND|BACKEND)$/.test(row[server!] ?? ''))
        .map((row) => [row[server!]!, row[status!]!.split(' ')[0]!]),
    )
  }
  return { url: `http://127.0.0.1:${options.port}`, states, stop: () => haproxy.stop(5_000) }
}
