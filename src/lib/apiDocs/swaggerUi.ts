import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The API reference at /api/docs: Swagger UI from npm (swagger-ui-dist), served by us from
 * node_modules, so the page asks nothing of any other origin (no CDN, no validator badge).
 */
// From the app's folder, as src/lib/storage/paths.ts does: a bundler would rewrite a require.resolve.
const assetsDir = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'swagger-ui-dist')

const assets = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const

/** Our initializer, a file of its own so that the page's policy allows no inline script. */
const initializer = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  })
})
`

export const docsPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Lao Cinema API · ເອກະສານ API ລາວ ຊີເນມາ</title>
    <link rel="icon" href="/icon.svg" />
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
`

/** One of the page's files, or null for any other name. */
export async function docsAsset(name: string): Promise<{ body: string; contentType: string } | null> {
  if (name === 'init.js') return { body: initializer, contentType: 'text/javascript; charset=utf-8' }
  if (!Object.hasOwn(assets, name)) return null
  return { body: await readFile(path.join(assetsDir, name), 'utf8'), contentType: assets[name as keyof typeof assets] }
}
