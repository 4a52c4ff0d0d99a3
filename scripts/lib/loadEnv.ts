import nextEnv from '@next/env'

// The same .env files Next.js reads, so a script and the server it starts agree on configuration.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
