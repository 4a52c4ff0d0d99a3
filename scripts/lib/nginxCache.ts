import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from './freePort'

export type NginxCache = {
  url: string
  /** Requests nginx passed to the origin so far (misses, expired entries, background refreshes). */
  originRequests: () => string[]
  stop: () => Promise<void>
}

/**
 * Debian's nginx as a CDN stand-in in front of `origin` (http://host:port): a shared cache that, as
 * CDNs do, keeps what `Cache-Control: s-maxage` allows, serves it stale while refetching within
 * `stale-while-revalidate`, lets one request per page reach the origin at a time, and stores no
 * response that sets a cookie. One process, no daemon, everything in a temporary folder.
 */
export async function startNginxCache({ origin, port }: { origin: string; port?: number }): Promise<NginxCache> {
  port ??= await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'lao-cinema-nginx-'))
  const upstream = new URL(origin).host
  const log = path.join(dir, 'origin.log')
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=cdn:10m max_size=1g inactive=1h use_temp_path=off;
  # Only what reached the origin, background refreshes included.
  log_format origin '$msec $upstream_cache_status $upstream_status $request_uri';
  map $upstream_status $to_origin { "" 0; default 1; }
  log_subrequest on;
  access_log ${log} origin if=$to_origin;
  upstream origin { server ${upstream}; keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://origin;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_cache cdn;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      add_header X-Cache $upstream_cache_status always;
    }
  }
}
`,
  )
  writeFileSync(log, '')
  const nginx = spawn('/usr/sbin/nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  while (
    !(await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    ))
  ) {
    if (nginx.exitCode !== null || Date.now() > deadline) {
      const errors = readFileSync(path.join(dir, 'error.log'), 'utf8')
      rmSync(dir, { recursive: true, force: true })
      throw new Error(`nginx did not start:\n${errors}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    originRequests: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
    async stop() {
      if (nginx.exitCode === null) {
        const exited = new Promise((resolve) => nginx.once('exit', resolve))
        nginx.kill('SIGQUIT')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
