# One image for every part: the web service (`npm start`), the worker (`npm run worker`) and the
# migration job (`npm run migrate`); only the command differs. See deploy/README.md.
#
# Not Next's `output: 'standalone'`: `npm start` is our own server (scripts/start.ts, run by tsx),
# which loads payload.config.ts, collections/ and migrations/ as TypeScript beside the build, and the
# worker and the migrations are no Next server at all. The runtime stage therefore holds the source,
# the build (.next) and production dependencies only (`npm ci --omit=dev`; tsx is one of them).

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# Next's build cache is of no use to a running server.
RUN npx next build && rm -rf .next/cache

FROM node:20-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-slim AS runtime
# ffmpeg: the worker transcodes uploaded video into HLS ladders.
RUN apt-get update \
  && apt-get install -y --no-install-recommends ffmpeg \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  PORT=8080 \
  DATA_DIR=/tmp/lao-cinema
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY . .
# Writable by the server: Next keeps optimized images under .next/cache.
COPY --from=build --chown=node:node /app/.next ./.next
USER node
EXPOSE 8080
# `npm start` without npm in between, so that Cloud Run's SIGTERM reaches the server itself, which
# stops taking connections, finishes the requests in flight and exits. Migrations are the
# migration job's (MIGRATE_ON_START=false on the service).
CMD ["node", "--import", "tsx", "scripts/start.ts"]
