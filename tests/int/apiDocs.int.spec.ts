import { beforeAll, describe, expect, it } from 'vitest'
import { apiDocsContentSecurityPolicy } from '@/lib/http/securityHeaders'
import { testPayload } from './helpers/payload'

/**
 * The routes of /api/openapi.json, /api/docs and /api/graphql/schema, called in-process as Next
 * serves them (the browser's view of /api/docs: tests/e2e/apiDocs.e2e.ts).
 */
let routes: {
  openapi: typeof import('@/app/(payload)/api/openapi.json/route')
  docs: typeof import('@/app/(payload)/api/docs/route')
  asset: typeof import('@/app/(payload)/api/docs/[asset]/route')
  schema: typeof import('@/app/(payload)/api/graphql/schema/route')
}

beforeAll(async () => {
  await testPayload()
  // After testPayload: the config reads the run's environment when it is first imported.
  routes = {
    openapi: await import('@/app/(payload)/api/openapi.json/route'),
    docs: await import('@/app/(payload)/api/docs/route'),
    asset: await import('@/app/(payload)/api/docs/[asset]/route'),
    schema: await import('@/app/(payload)/api/graphql/schema/route'),
  }
})

const asset = (name: string) =>
  routes.asset.GET(new Request(`http://localhost/api/docs/${name}`), { params: Promise.resolve({ asset: name }) })

describe('the API reference routes', () => {
  it('/api/openapi.json answers the OpenAPI 3.1 document', async () => {
    const response = await routes.openapi.GET()
    expect(response.status).toBe(200)
    const document = await response.json()
    expect(document.openapi).toBe('3.1.0')
    expect(document.paths['/api/rentals/status'].get.summary).toEqual(expect.any(String))
  })

  it('/api/docs loads only our own files, under a policy of self and no inline script', async () => {
    const response = routes.docs.GET()
    expect(response.headers.get('content-security-policy')).toBe(apiDocsContentSecurityPolicy)
    expect(apiDocsContentSecurityPolicy).toContain("script-src 'self';")
    const html = await response.text()
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!)
    expect(sources.length).toBeGreaterThanOrEqual(3)
    for (const source of sources) expect(source.startsWith('/')).toBe(true)
    expect(html).not.toMatch(/<script>(?!<\/script>)/)
    expect(html).toContain('ເອກະສານ API')
  })

  it("serves Swagger UI's files from node_modules and our initializer; nothing else", async () => {
    const bundle = await asset('swagger-ui-bundle.js')
    expect(bundle.status).toBe(200)
    expect(bundle.headers.get('content-type')).toContain('javascript')
    expect((await bundle.text()).length).toBeGreaterThan(100_000)
    expect((await asset('swagger-ui.css')).status).toBe(200)
    const init = await (await asset('init.js')).text()
    expect(init).toContain("url: '/api/openapi.json'")
    expect(init).toContain('validatorUrl: null')
    for (const name of ['package.json', '..%2Fpackage.json', 'index.html', 'swagger-ui-bundle.js.map']) {
      const refused = await asset(name)
      expect(refused.status).toBe(404)
      expect((await refused.json()).errors[0].field).toBe('asset')
    }
  })

  it("the next.config headers give /api/docs the docs' policy (the later rule wins)", async () => {
    const { default: nextConfig } = await import('../../next.config')
    const rules = await nextConfig.headers!()
    const forDocs = rules.filter((rule) => rule.source.startsWith('/api/docs'))
    expect(forDocs).toHaveLength(2)
    for (const rule of forDocs) {
      expect(rules.indexOf(rule)).toBeGreaterThan(rules.findIndex((r) => r.source === '/:path*'))
      expect(rule.headers).toEqual([{ key: 'Content-Security-Policy', value: apiDocsContentSecurityPolicy }])
    }
  })

  it('/api/graphql/schema answers the GraphQL schema as SDL', async () => {
    const response = await routes.schema.GET()
    expect(response.status).toBe(200)
    const sdl = await response.text()
    expect(sdl).toContain('type Movie {')
    expect(sdl).toContain('type Query {')
  })
})
