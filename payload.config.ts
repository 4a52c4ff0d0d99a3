import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { NoSchemaIntrospectionCustomRule } from 'graphql'
import { buildConfig, databaseKVAdapter } from 'payload'
import sharp from 'sharp'
import { ApiKeys } from './collections/ApiKeys'
import { Genres } from './collections/Genres'
import { Media } from './collections/Media'
import { Movies } from './collections/Movies'
import { NotifyRequests } from './collections/NotifyRequests'
import { notifyAvailable } from './collections/NotifyRequests/jobs/notifyAvailable'
import { Payments } from './collections/Payments'
import { People } from './collections/People'
import { PromoCodes } from './collections/PromoCodes'
import { Rentals } from './collections/Rentals'
import { Subtitles } from './collections/Subtitles'
import { TmdbImports } from './collections/TmdbImports'
import { importTmdbBatch } from './collections/TmdbImports/jobs/importTmdbBatch'
import { Users } from './collections/Users'
import { VideoTranscodes } from './collections/VideoTranscodes'
import { transcodeVideo } from './collections/VideoTranscodes/jobs/transcodeVideo'
import { VideoAnalytics } from './collections/VideoAnalytics'
import { analyticsNavLink, analyticsView } from './collections/VideoAnalytics/adminView'
import { translationNavLink, translationView } from './collections/shared/translation/adminView'
import { WatchProgress } from './collections/WatchProgress'
import { WatchlistItems } from './collections/WatchlistItems'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { sendWebhookDelivery } from './collections/WebhookDeliveries/jobs/sendWebhookDelivery'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { adminsOnly } from './collections/access/adminsOnly'
import { editorsOnly } from './collections/access/editorsOnly'
import { nobody } from './collections/access/nobody'
import { publicListLimits } from './collections/shared/limitPublicLists'
import { withOurRulesOnPayloadCollections } from './collections/payloadInternal'
import { Homepage } from './globals/Homepage'
import { RentalSettings } from './globals/RentalSettings'
import { migrations } from './migrations'
import { payloadSecret } from './src/lib/config/payloadSecret'
import { databasePoolOptions } from './src/lib/database/connection'
import { keepPoolAlive } from './src/lib/database/keepPoolAlive'
import { mediaStoragePlugin } from './src/lib/storage/mediaStorage'
import { callerOf, queryCostRule } from './src/lib/graphql/queryCost'
import { queryLimits } from './src/lib/http/queryLimits'
import { emailAdapter } from './src/lib/email/emailAdapter'
import { answerPublicErrors } from './src/lib/http/answerPublicErrors'
import { apiLimits } from './src/lib/http/apiEdge'
import { configuredOrigin } from './src/lib/http/origin'
import { defaultLocale, localeLabels, locales } from './src/i18n/locales'
import { adminLanguages } from './src/i18n/admin/adminLanguages'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const laoLocaleNames = { en: 'ອັງກິດ', lo: 'ລາວ' } satisfies Record<(typeof locales)[number], string>

export default buildConfig({
  serverURL: configuredOrigin(),
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    // Gravatar is unreachable from here and leaks viewers' emails to a third party anyway.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Lao Cinema admin' },
    // Day/month/year in numbers: no English month names in the Lao admin (date-fns has no Lao).
    dateFormat: 'dd/MM/yyyy HH:mm',
    components: {
      views: { analytics: analyticsView, translate: translationView },
      afterNavLinks: [analyticsNavLink, translationNavLink],
      providers: ['/collections/Users/components/AdminLanguageProvider#AdminLanguageProvider'],
    },
  },
  collections: [
    Movies,
    People,
    Genres,
    Media,
    Subtitles,
    Users,
    Rentals,
    Payments,
    PromoCodes,
    WatchProgress,
    WatchlistItems,
    NotifyRequests,
    TmdbImports,
    VideoTranscodes,
    VideoAnalytics,
    ApiKeys,
    WebhookEndpoints,
    WebhookDeliveries,
  ],
  globals: [Homepage, RentalSettings],
  i18n: adminLanguages,
  email: emailAdapter(),
  // Payload's key-value store is for the server alone (the default already refuses everyone; said
  // here so that every collection's rules can be read in this file or beside it).
  kv: databaseKVAdapter({
    kvCollectionOverrides: { access: { create: nobody, read: nobody, update: nobody, delete: nobody } },
  }),
  jobs: {
    tasks: [importTmdbBatch, notifyAvailable, transcodeVideo, sendWebhookDelivery],
    // Jobs are queued and run by our own endpoints, never through the API by a caller.
    access: { queue: () => false, run: () => false, cancel: () => false },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      access: { read: editorsOnly, create: nobody, update: nobody, delete: adminsOnly },
    }),
  },
  localization: {
    // Each language's name in the admin's language; Lao keeps its own name in English (ລາວ).
    locales: locales.map((code) => ({ code, label: { en: localeLabels[code], lo: laoLocaleNames[code] } })),
    defaultLocale,
    fallback: true,
  },
  db: postgresAdapter({
    pool: databasePoolOptions(),
    // The schema changes only through migrations/, in every environment.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  sharp,
  // An upload streamed without Content-Length stops at the same limit the edge checks (413).
  upload: { limits: { fileSize: apiLimits.uploadBodyBytes } },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    // Refused before any SQL runs: a query's cost counts every list as its limit (aliases each
    // on their own), which Payload's own complexity estimate (default 1000) does not.
    // Introspection answers a 2 MB schema and costs most of a second of CPU: signed-in callers only
    // (integrators, the admin's tools), so no anonymous request can hold the server with it.
    validationRules: (args) => [
      queryCostRule(args.variableValues),
      ...(callerOf(args) ? [] : [NoSchemaIntrospectionCustomRule]),
    ],
  },
  hooks: { afterError: [answerPublicErrors] },
  // A refusal (bad input, a throttled log-in) is the rules working, not an error of ours.
  loggingLevels: { PublicError: 'info', TooManyAttempts: 'info' } as Record<string, 'info'>,
  // Clamps, for every caller and every API, how deep relationships are populated.
  maxDepth: queryLimits.populationDepth,
  plugins: [mediaStoragePlugin(), publicListLimits],
  onInit: (payload) => keepPoolAlive(payload),
  telemetry: false,
}).then(withOurRulesOnPayloadCollections)
