import { readFileSync } from 'node:fs'
import { expect, request, type APIRequestContext } from '@playwright/test'
import { sampleLadder } from '@/lib/video/ladder'
import { adminCredentialsFile } from './credentials'

// The seed's only film with a video: every other sample film is "coming soon" until it has one.
const baseURL = `http://localhost:${Number(process.env.E2E_PORT || 3100)}`
let adminApi: Promise<APIRequestContext> | undefined

/** The seeded admin, logged in through the REST API in a context of its own (no viewer's cookies). */
function admin(): Promise<APIRequestContext> {
  adminApi ??= (async () => {
    const api = await request.newContext({ baseURL })
    const login = JSON.parse(readFileSync(adminCredentialsFile, 'utf8')) as { email: string; password: string }
    expect((await api.post('/api/users/login', { data: login })).ok()).toBe(true)
    return api
  })()
  return adminApi
}

/**
 * Gives a seeded film the committed sample ladder (already in the server's video storage), as an
 * editor's video does, so that it can be rented. Answers the film's id.
 */
export async function giveSampleVideo(slug: string): Promise<number> {
  const film = await filmAsEditor(slug)
  if (!film.video?.masterPlaylist) {
    await editFilm(slug, {
      video: {
        masterPlaylist: 'lao-sample/master.m3u8',
        durationSeconds: 60,
        variants: sampleLadder.map((variant) => ({ ...variant })),
      },
    })
  }
  return film.id
}

/** Saves a change to a seeded film as the admin, through the REST API the admin's form uses. */
export async function editFilm(slug: string, data: Record<string, unknown>): Promise<void> {
  const film = await filmAsEditor(slug)
  expect((await (await admin()).patch(`/api/movies/${film.id}`, { data })).ok()).toBe(true)
}

async function filmAsEditor(slug: string): Promise<{ id: number; video?: { masterPlaylist?: string | null } }> {
  const { docs } = await (await (await admin()).get(`/api/movies?where[slug][equals]=${slug}&depth=0`)).json()
  return docs[0]
}
