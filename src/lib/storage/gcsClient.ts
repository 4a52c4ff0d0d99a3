import { Storage } from '@google-cloud/storage'

/** process.env, or the variables a test names. */
export type Environment = Record<string, string | undefined>

export type GcsConnection = {
  projectId?: string
  /** A service account's key; without one the client finds the machine's own (Cloud Run, GKE). */
  clientEmail?: string
  privateKey?: string
  /** Another endpoint that speaks the GCS JSON API (an emulator, in tests). */
  apiEndpoint?: string
}

/** The GCS_* settings media and video share: one project, one service account, one endpoint. */
export function gcsConnectionFromEnvironment(env: Environment): GcsConnection {
  return {
    projectId: env.GCS_PROJECT_ID || undefined,
    clientEmail: env.GCS_CLIENT_EMAIL || undefined,
    // Environment files keep a PEM key on one line with literal \n.
    privateKey: env.GCS_PRIVATE_KEY?.replace(/\\n/g, '\n') || undefined,
    apiEndpoint: env.GCS_API_ENDPOINT || undefined,
  }
}

export function gcsClient(connection: GcsConnection): Storage {
  const { projectId, clientEmail, privateKey, apiEndpoint } = connection
  return new Storage({
    projectId,
    ...(clientEmail && privateKey && { credentials: { client_email: clientEmail, private_key: privateKey } }),
    ...(apiEndpoint && { apiEndpoint }),
  })
}
