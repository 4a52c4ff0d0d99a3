import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'

/**
 * A stand-in for TMDB, which is unreachable here: a real HTTP server answering API v3 requests in
 * TMDB's own response shapes (movie details with appended credits, images, videos and release
 * dates; people; TMDB's error bodies) and serving image bytes. Tests change its films and its
 * behaviour (slow answers, failures) to exercise the import's real code paths.
 */
export type FakeCast = { id: number; name: string; character: string; order: number; profilePath: string | null }
export type FakeCrew = { id: number; name: string; department: string; job: string; profilePath: string | null }
export type FakeFilm = {
  id: number
  imdbId: string | null
  title: string
  originalTitle: string
  originalLanguage: string
  overview: string
  tagline: string
  releaseDate: string
  laoReleaseDate?: string
  runtime: number
  genres: { id: number; name: string }[]
  posterPath: string | null
  backdropPath: string | null
  trailerKey: string | null
  cast: FakeCast[]
  crew: FakeCrew[]
}
export type FakePerson = {
  id: number
  name: string
  biography: string
  birthday: string | null
  placeOfBirth: string | null
  department: string
  profilePath: string | null
}

export type FakeTmdb = Awaited<ReturnType<typeof startFakeTmdb>>

export async function startFakeTmdb(options: { apiKey?: string } = {}) {
  const apiKey = options.apiKey ?? 'fake-tmdb-key'
  const films = new Map<number, FakeFilm>()
  const people = new Map<number, FakePerson>()
  const behaviour = {
    /** Requests for these paths (e.g. "/movie/5", "/person/9", "/t/p/original/x.jpg") wait this long first. */
    slow: new Map<string, number>(),
    /** Requests for these paths answer 500. */
    failing: new Set<string>(),
  }
  const requests: string[] = []
  const imageBytes = await sharp({ create: { width: 60, height: 90, channels: 3, background: '#1c6e5a' } })
    .jpeg()
    .toBuffer()

  const server = createServer((req, res) => void handle(req, res))
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake')
    const path = url.pathname.replace(/^\/3/, '')
    requests.push(path)
    const delay = behaviour.slow.get(path)
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
    if (res.destroyed) return
    if (behaviour.failing.has(path))
      return json(res, 500, {
        success: false,
        status_code: 11,
        status_message: 'Internal error: Something went wrong, contact TMDB.',
      })

    if (url.pathname.startsWith('/t/p/original/')) {
      const file = url.pathname.slice('/t/p/original'.length)
      if (!knownImages().has(file))
        return json(res, 404, {
          success: false,
          status_code: 34,
          status_message: 'The resource you requested could not be found.',
        })
      res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': imageBytes.length })
      return res.end(imageBytes)
    }
    if (url.searchParams.get('api_key') !== apiKey) {
      return json(res, 401, {
        status_code: 7,
        status_message: 'Invalid API key: You must be granted a valid key.',
        success: false,
      })
    }
    const movieMatch = /^\/movie\/(\d+)$/.exec(path)
    const personMatch = /^\/person\/(\d+)$/.exec(path)
    const film = movieMatch && films.get(Number(movieMatch[1]))
    const person = personMatch && people.get(Number(personMatch[1]))
    if (film) return json(res, 200, movieResponse(film, url.searchParams.get('append_to_response') ?? ''))
    if (person) return json(res, 200, personResponse(person))
    return json(res, 404, {
      success: false,
      status_code: 34,
      status_message: 'The resource you requested could not be found.',
    })
  }

  function knownImages() {
    const paths = new Set<string>()
    for (const film of films.values()) {
      for (const p of [
        film.posterPath,
        film.backdropPath,
        ...film.cast.map((c) => c.profilePath),
        ...film.crew.map((c) => c.profilePath),
      ])
        if (p) paths.add(p)
    }
    for (const person of people.values()) if (person.profilePath) paths.add(person.profilePath)
    return paths
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    apiKey,
    apiBase: `${origin}/3`,
    imageBase: `${origin}/t/p/original`,
    films,
    people,
    behaviour,
    requests,
    /** Adds a film and its people, as TMDB would have them. */
    addFilm(film: FakeFilm, filmPeople: FakePerson[]) {
      films.set(film.id, film)
      for (const p of filmPeople) people.set(p.id, p)
    },
    env: () => ({ TMDB_API_KEY: apiKey, TMDB_API_BASE: `${origin}/3`, TMDB_IMAGE_BASE: `${origin}/t/p/original` }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8' })
  res.end(JSON.stringify(body))
}

function movieResponse(film: FakeFilm, append: string) {
  const parts = new Set(append.split(','))
  return {
    adult: false,
    backdrop_path: film.backdropPath,
    belongs_to_collection: null,
    budget: 0,
    genres: film.genres,
    homepage: '',
    id: film.id,
    imdb_id: film.imdbId,
    origin_country: ['LA'],
    original_language: film.originalLanguage,
    original_title: film.originalTitle,
    overview: film.overview,
    popularity: 3.512,
    poster_path: film.posterPath,
    production_companies: [{ id: 90001, logo_path: null, name: 'Lao Art Media', origin_country: 'LA' }],
    production_countries: [{ iso_3166_1: 'LA', name: "Lao People's Democratic Republic" }],
    release_date: film.releaseDate,
    revenue: 0,
    runtime: film.runtime,
    spoken_languages: [{ english_name: 'Lao', iso_639_1: 'lo', name: 'ພາສາລາວ' }],
    status: 'Released',
    tagline: film.tagline,
    title: film.title,
    video: false,
    vote_average: 6.9,
    vote_count: 42,
    ...(parts.has('credits') && {
      credits: {
        cast: film.cast.map((c, i) => ({
          adult: false,
          gender: i % 2 ? 1 : 2,
          id: c.id,
          known_for_department: 'Acting',
          name: c.name,
          original_name: c.name,
          popularity: 1.4,
          profile_path: c.profilePath,
          cast_id: i + 1,
          character: c.character,
          credit_id: `52fe4${c.id.toString(16).padStart(6, '0')}c3a36847f8`,
          order: c.order,
        })),
        crew: film.crew.map((c) => ({
          adult: false,
          gender: 0,
          id: c.id,
          known_for_department: c.department,
          name: c.name,
          original_name: c.name,
          popularity: 0.9,
          profile_path: c.profilePath,
          credit_id: `5a1b2${c.id.toString(16).padStart(6, '0')}${c.job.length}`,
          department: c.department,
          job: c.job,
        })),
      },
    }),
    ...(parts.has('images') && {
      images: {
        backdrops: film.backdropPath
          ? [
              {
                aspect_ratio: 1.778,
                height: 1080,
                iso_639_1: null,
                file_path: film.backdropPath,
                vote_average: 5.3,
                vote_count: 2,
                width: 1920,
              },
            ]
          : [],
        logos: [],
        posters: film.posterPath
          ? [
              {
                aspect_ratio: 0.667,
                height: 3000,
                iso_639_1: 'en',
                file_path: film.posterPath,
                vote_average: 5.3,
                vote_count: 2,
                width: 2000,
              },
            ]
          : [],
      },
    }),
    ...(parts.has('videos') && {
      videos: {
        results: [
          {
            iso_639_1: 'en',
            iso_3166_1: 'US',
            name: 'Teaser',
            key: 'teaser00001',
            site: 'YouTube',
            size: 1080,
            type: 'Teaser',
            official: true,
            published_at: '2019-08-01T10:00:00.000Z',
            id: '5d4b1c9f0e0a26001563f111',
          },
          ...(film.trailerKey
            ? [
                {
                  iso_639_1: 'en',
                  iso_3166_1: 'US',
                  name: 'Official Trailer',
                  key: film.trailerKey,
                  site: 'YouTube',
                  size: 1080,
                  type: 'Trailer',
                  official: true,
                  published_at: '2019-09-01T10:00:00.000Z',
                  id: '5d6b1c9f0e0a26001563f222',
                },
              ]
            : []),
        ],
      },
    }),
    ...(parts.has('release_dates') && {
      release_dates: {
        results: [
          {
            iso_3166_1: 'US',
            release_dates: [
              {
                certification: '',
                descriptors: [],
                iso_639_1: '',
                note: '',
                release_date: `${film.releaseDate}T00:00:00.000Z`,
                type: 3,
              },
            ],
          },
          ...(film.laoReleaseDate
            ? [
                {
                  iso_3166_1: 'LA',
                  release_dates: [
                    {
                      certification: '',
                      descriptors: [],
                      iso_639_1: 'lo',
                      note: 'Vientiane',
                      release_date: `${film.laoReleaseDate}T00:00:00.000Z`,
                      type: 3,
                    },
                  ],
                },
              ]
            : []),
        ],
      },
    }),
  }
}

function personResponse(person: FakePerson) {
  return {
    adult: false,
    also_known_as: [],
    biography: person.biography,
    birthday: person.birthday,
    deathday: null,
    gender: 2,
    homepage: null,
    id: person.id,
    imdb_id: `nm${String(person.id).padStart(7, '0')}`,
    known_for_department: person.department,
    name: person.name,
    place_of_birth: person.placeOfBirth,
    popularity: 1.2,
    profile_path: person.profilePath,
  }
}

/**
 * A film with 22 billed actors (the import keeps 20), key crew in every department the import
 * keeps, and crew it must leave out. `sharedPersonId` appears in every generated film.
 */
/** A credit of the crew, as TMDB lists it: one row per job, so a person may stand twice. */
const crewMember = (person: FakePerson, department: string, job: string) => ({
  id: person.id,
  name: person.name,
  department,
  job,
  profilePath: person.profilePath,
})

export function fixtureFilm(id: number, overrides: Partial<FakeFilm> = {}): { film: FakeFilm; people: FakePerson[] } {
  const person = (n: number, name: string, department: string): FakePerson => ({
    id: id * 100 + n,
    name,
    biography: `${name} is a Lao filmmaker.`,
    birthday: '1980-01-0' + ((n % 9) + 1),
    placeOfBirth: 'Vientiane, Laos',
    department,
    profilePath: n % 5 === 4 ? null : `/profile-${id}-${n}.jpg`,
  })
  const actors = Array.from({ length: 22 }, (_, n) => person(n + 1, `Actor ${id}-${n + 1}`, 'Acting'))
  const shared: FakePerson = {
    id: sharedPersonId,
    name: 'Sengdao Phimmasone',
    biography: 'Composer.',
    birthday: null,
    placeOfBirth: null,
    department: 'Sound',
    profilePath: '/profile-shared.jpg',
  }
  const crewPeople = [
    person(40, `Director ${id}`, 'Directing'),
    person(41, `Writer ${id}`, 'Writing'),
    person(42, `Producer ${id}`, 'Production'),
    person(43, `Cinematographer ${id}`, 'Camera'),
    person(44, `Editor ${id}`, 'Editing'),
    person(45, `Set Decorator ${id}`, 'Art'),
  ]
  const film: FakeFilm = {
    id,
    imdbId: `tt${String(id).padStart(7, '0')}`,
    title: `Film ${id}`,
    originalTitle: `ຮູບເງົາ ${id}`,
    originalLanguage: 'lo',
    overview: `The story of film ${id}.`,
    tagline: `Tagline ${id}.`,
    releaseDate: '2019-10-11',
    runtime: 100,
    genres: [
      { id: 18, name: 'Drama' },
      { id: 10749, name: 'Romance' },
    ],
    posterPath: `/poster-${id}.jpg`,
    backdropPath: `/backdrop-${id}.jpg`,
    trailerKey: `trailer${id}`,
    // Billed out of order on purpose: the import sorts by `order`.
    cast: actors
      .map((a, n) => ({
        id: a.id,
        name: a.name,
        character: `Character ${n + 1}`,
        order: n,
        profilePath: a.profilePath,
      }))
      .reverse(),
    crew: [
      crewMember(crewPeople[0]!, 'Directing', 'Director'),
      crewMember(crewPeople[0]!, 'Directing', 'Assistant Director'),
      crewMember(crewPeople[1]!, 'Writing', 'Screenplay'),
      crewMember(crewPeople[2]!, 'Production', 'Producer'),
      crewMember(crewPeople[3]!, 'Camera', 'Director of Photography'),
      crewMember(crewPeople[4]!, 'Editing', 'Editor'),
      crewMember(shared, 'Sound', 'Original Music Composer'),
      crewMember(crewPeople[5]!, 'Art', 'Set Decoration'),
    ],
    ...overrides,
  }
  return { film, people: [...actors, ...crewPeople, shared] }
}

export const sharedPersonId = 77_000_001
