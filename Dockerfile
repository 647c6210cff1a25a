# syntax=docker/dockerfile:1
#
# One Dockerfile builds every function, one image per function:
#
#   docker build --build-arg FUNCTION=users-login -t imtiaz-mart/users-login .
#
# and the admin image that compose uses for one-shot jobs (migrate, kong:config):
#
#   docker build --target admin -t imtiaz-mart/admin .
#
# Stages: `source` (npm ci + the source tree) is the same for every function, so BuildKit
# reuses it; `build` bundles the one function; `runtime` holds Node and that one bundle.
#
# Runtime base: gcr.io/distroless/nodejs24-debian12:nonroot rather than node:24-alpine.
# A bundle needs nothing but Node, so the image carries no shell, no npm and no package
# manager: less to patch and less for an intruder to use. It runs as uid 65532 out of the box,
# and it uses glibc like the build stage (alpine's musl would be a second libc to trust).
# Every function image shares its base layers; only the last layer (one bundle) differs.

FROM node:24-bookworm-slim AS source
WORKDIR /app
ENV NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
# The lock file alone decides this layer: a source change does not reinstall dependencies.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci
COPY . .

FROM source AS build
ARG FUNCTION
RUN if [ -z "$FUNCTION" ]; then \
      echo 'error: FUNCTION is empty. Build one function with' >&2; \
      echo '  docker build --build-arg FUNCTION=<domain>-<function> .' >&2; \
      echo 'where <domain>-<function> names functions/<domain>/<function>/, e.g. users-login.' >&2; \
      exit 1; \
    fi \
 && npm run build -- "$FUNCTION"

# One-shot jobs: `docker compose run --rm migrate`, `kong-config`. It keeps the whole source
# tree (migrations, manifests, the admin runner), so it is big; it never serves traffic.
FROM source AS admin
# kong-config writes into a named volume mounted here; a fresh volume copies this ownership.
RUN mkdir /kong-runtime && chown node:node /kong-runtime
USER node
ENTRYPOINT ["npm", "run", "--silent", "admin", "--"]

# The default target (the last stage): what `--build-arg FUNCTION=...` alone builds.
FROM gcr.io/distroless/nodejs24-debian12:nonroot AS runtime
ARG FUNCTION
LABEL org.opencontainers.image.title="${FUNCTION}" \
      org.opencontainers.image.description="Imtiaz Mart function ${FUNCTION}"
WORKDIR /app
COPY --from=build /app/dist/functions/${FUNCTION}/index.mjs /app/dist/functions/${FUNCTION}/index.mjs.map ./
# Distroless keeps node at /nodejs/bin and off PATH; the compose healthcheck runs `node -e`.
ENV NODE_ENV=production \
    PORT=8080 \
    PATH=/nodejs/bin:/usr/local/bin:/usr/bin:/bin
# The image already runs as nonroot; numeric, so `runAsNonRoot` checks can verify it.
USER 65532:65532
EXPOSE 8080
# Source maps stay off: on Node 24, --enable-source-maps parses the bundle's map at every
# start, about +80 ms (two thirds of a bare node:http server's whole start). The map ships
# beside the bundle: NODE_OPTIONS=--enable-source-maps on a deployment maps stack traces
# (ADR 0007).
ENTRYPOINT ["/nodejs/bin/node"]
CMD ["index.mjs"]
