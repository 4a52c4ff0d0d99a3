import { describe, expect, it } from 'vitest'
import { mediaStorageFromEnvironment } from '@/lib/storage/mediaStorage'

describe('mediaStorageFromEnvironment', () => {
  it('is local disk unless told otherwise, so development needs nothing', () => {
    expect(mediaStorageFromEnvironment({})).toEqual({ kind: 'local' })
    expect(mediaStorageFromEnvironment({ MEDIA_STORAGE: 'local', GCS_BUCKET: 'b' })).toEqual({ kind: 'local' })
  })

  it('gcs: the shared bucket, a folder of its own, the shared connection', () => {
    expect(
      mediaStorageFromEnvironment({
        MEDIA_STORAGE: 'gcs',
        GCS_BUCKET: 'lao-cinema',
        GCS_CLIENT_EMAIL: 'app@lao-cinema.iam.gserviceaccount.com',
        GCS_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----\\n',
        GCS_API_ENDPOINT: 'http://127.0.0.1:4443',
      }),
    ).toEqual({
      kind: 'gcs',
      bucket: 'lao-cinema',
      prefix: 'media',
      connection: {
        clientEmail: 'app@lao-cinema.iam.gserviceaccount.com',
        privateKey: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n',
        apiEndpoint: 'http://127.0.0.1:4443',
      },
    })
    expect(
      mediaStorageFromEnvironment({ MEDIA_STORAGE: 'gcs', GCS_BUCKET: 'b', GCS_MEDIA_PREFIX: 'img' }),
    ).toMatchObject({ prefix: 'img', connection: {} })
  })

  it('refuses to start on a storage it does not know or a bucket it was not given, naming the variable', () => {
    expect(() => mediaStorageFromEnvironment({ MEDIA_STORAGE: 's3' })).toThrow(/MEDIA_STORAGE must be "local" or "gcs"/)
    expect(() => mediaStorageFromEnvironment({ MEDIA_STORAGE: 'gcs' })).toThrow(/GCS_BUCKET/)
  })
})
