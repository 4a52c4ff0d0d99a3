import * as migration_20261125_090240_initial_schema from './20261125_090240_initial_schema'
import * as migration_20261125_090300_viewer_row_constraints from './20261125_090300_viewer_row_constraints'
import * as migration_20261125_093114_tmdb_import_and_needs_lao from './20261125_093114_tmdb_import_and_needs_lao'
import * as migration_20261125_093200_backfill_needs_lao from './20261125_093200_backfill_needs_lao'
import * as migration_20261125_094414_film_type_and_previous_slugs from './20261125_094414_film_type_and_previous_slugs'
import * as migration_20261125_094500_movie_search_index from './20261125_094500_movie_search_index'
import * as migration_20261125_113603_rentals_payments_promo_codes from './20261125_113603_rentals_payments_promo_codes'
import * as migration_20261125_115545_account_security from './20261125_115545_account_security'
import * as migration_20261125_120435_viewer_preferences from './20261125_120435_viewer_preferences'
import * as migration_20261125_121352_watchlist from './20261125_121352_watchlist'
import * as migration_20261125_132814_video_analytics from './20261125_132814_video_analytics'
import * as migration_20261125_132900_video_analytics_constraints from './20261125_132900_video_analytics_constraints'
import * as migration_20261125_133149_subtitles from './20261125_133149_subtitles'
import * as migration_20261130_170000_rate_limits from './20261130_170000_rate_limits'
import * as migration_20261130_200000_demo_payment_ledger from './20261130_200000_demo_payment_ledger'
import * as migration_20261130_202047_media_storage from './20261130_202047_media_storage'
import * as migration_20261201_010000_catalogue_read_indexes from './20261201_010000_catalogue_read_indexes'
import * as migration_20261201_020000_video_transcodes from './20261201_020000_video_transcodes'
import * as migration_20261201_030000_notify_requests from './20261201_030000_notify_requests'
import * as migration_20261201_040000_admin_language from './20261201_040000_admin_language'
import * as migration_20261201_050000_integrator_api_keys from './20261201_050000_integrator_api_keys'
import * as migration_20261201_060000_webhooks from './20261201_060000_webhooks'
import * as migration_20261201_060100_catalogue_version from './20261201_060100_catalogue_version'
import * as migration_20261201_070000_release_date_nulls_last from './20261201_070000_release_date_nulls_last'

export const migrations = [
  {
    up: migration_20261125_090240_initial_schema.up,
    down: migration_20261125_090240_initial_schema.down,
    name: '20261125_090240_initial_schema',
  },
  {
    up: migration_20261125_090300_viewer_row_constraints.up,
    down: migration_20261125_090300_viewer_row_constraints.down,
    name: '20261125_090300_viewer_row_constraints',
  },
  {
    up: migration_20261125_093114_tmdb_import_and_needs_lao.up,
    down: migration_20261125_093114_tmdb_import_and_needs_lao.down,
    name: '20261125_093114_tmdb_import_and_needs_lao',
  },
  {
    up: migration_20261125_093200_backfill_needs_lao.up,
    down: migration_20261125_093200_backfill_needs_lao.down,
    name: '20261125_093200_backfill_needs_lao',
  },
  {
    up: migration_20261125_094414_film_type_and_previous_slugs.up,
    down: migration_20261125_094414_film_type_and_previous_slugs.down,
    name: '20261125_094414_film_type_and_previous_slugs',
  },
  {
    up: migration_20261125_094500_movie_search_index.up,
    down: migration_20261125_094500_movie_search_index.down,
    name: '20261125_094500_movie_search_index',
  },
  {
    up: migration_20261125_113603_rentals_payments_promo_codes.up,
    down: migration_20261125_113603_rentals_payments_promo_codes.down,
    name: '20261125_113603_rentals_payments_promo_codes',
  },
  {
    up: migration_20261125_115545_account_security.up,
    down: migration_20261125_115545_account_security.down,
    name: '20261125_115545_account_security',
  },
  {
    up: migration_20261125_120435_viewer_preferences.up,
    down: migration_20261125_120435_viewer_preferences.down,
    name: '20261125_120435_viewer_preferences',
  },
  {
    up: migration_20261125_121352_watchlist.up,
    down: migration_20261125_121352_watchlist.down,
    name: '20261125_121352_watchlist',
  },
  {
    up: migration_20261125_132814_video_analytics.up,
    down: migration_20261125_132814_video_analytics.down,
    name: '20261125_132814_video_analytics',
  },
  {
    up: migration_20261125_132900_video_analytics_constraints.up,
    down: migration_20261125_132900_video_analytics_constraints.down,
    name: '20261125_132900_video_analytics_constraints',
  },
  {
    up: migration_20261125_133149_subtitles.up,
    down: migration_20261125_133149_subtitles.down,
    name: '20261125_133149_subtitles',
  },
  {
    up: migration_20261130_170000_rate_limits.up,
    down: migration_20261130_170000_rate_limits.down,
    name: '20261130_170000_rate_limits',
  },
  {
    up: migration_20261130_200000_demo_payment_ledger.up,
    down: migration_20261130_200000_demo_payment_ledger.down,
    name: '20261130_200000_demo_payment_ledger',
  },
  {
    up: migration_20261130_202047_media_storage.up,
    down: migration_20261130_202047_media_storage.down,
    name: '20261130_202047_media_storage',
  },
  {
    up: migration_20261201_010000_catalogue_read_indexes.up,
    down: migration_20261201_010000_catalogue_read_indexes.down,
    name: '20261201_010000_catalogue_read_indexes',
  },
  {
    up: migration_20261201_020000_video_transcodes.up,
    down: migration_20261201_020000_video_transcodes.down,
    name: '20261201_020000_video_transcodes',
  },
  {
    up: migration_20261201_030000_notify_requests.up,
    down: migration_20261201_030000_notify_requests.down,
    name: '20261201_030000_notify_requests',
  },
  {
    up: migration_20261201_040000_admin_language.up,
    down: migration_20261201_040000_admin_language.down,
    name: '20261201_040000_admin_language',
  },
  {
    up: migration_20261201_050000_integrator_api_keys.up,
    down: migration_20261201_050000_integrator_api_keys.down,
    name: '20261201_050000_integrator_api_keys',
  },
  {
    up: migration_20261201_060000_webhooks.up,
    down: migration_20261201_060000_webhooks.down,
    name: '20261201_060000_webhooks',
  },
  {
    up: migration_20261201_060100_catalogue_version.up,
    down: migration_20261201_060100_catalogue_version.down,
    name: '20261201_060100_catalogue_version',
  },
  {
    up: migration_20261201_070000_release_date_nulls_last.up,
    down: migration_20261201_070000_release_date_nulls_last.down,
    name: '20261201_070000_release_date_nulls_last',
  },
]
