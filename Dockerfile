# syntax=docker/dockerfile:1
#
# One image for the four Selaras services; SERVICE picks the one a container runs:
#
#   docker build -t selaras:0.1.0 .
#   docker run --rm -e SERVICE=reporting -e PORT=3004 -e DATABASE_URL=… -e KAFKA_BROKERS=… -e JWT_SECRET=… selaras:0.1.0
#
# The services run as plain JavaScript compiled by scripts/build.mjs (SWC, the transform jest and
# @swc-node/register use): running the TypeScript through @swc-node/register keeps ~60 MB more
# resident per process, a quarter of the 256 MB a service may use. CI builds the same output and its
# benchmark smoke spec runs the services from it (bench/README.md).
# The build steps are CI's own commands (deploy/deploy.spec.ts checks that they stay so):
#   install  the npm command of scripts/bootstrap.mjs, then the build stage of scripts/test.mjs
#   verify   the stages of scripts/test.mjs that need no broker and no database (unit specs, type check);
#            the broker/database stages run in CI, not here
# See deploy/README.md.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- install: dependencies exactly as CI installs them -----------------------------------------
FROM ${NODE_IMAGE} AS install
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_TUI=false NX_NO_CLOUD=true KAFKAJS_NO_PARTITIONER_WARNING=1
# The npm CI uses: npm 11 honours package.json "allowScripts" (which install scripts may run); the npm 10
# bundled with Node 20 ignores it and would run every install script.
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json .npmrc ./
# package.json's postinstall applies these fixes to dependencies (patch-package; see patches/README.md).
COPY patches ./patches
RUN npm install --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs

# ---- verify: CI's unit specs and type check, on the very tree that goes into the image ----------
FROM install AS verify
RUN node_modules/.bin/jest -c jest.unit.config.js --ci
RUN node_modules/.bin/tsc -p tsconfig.json --noEmit
RUN touch /tmp/verified

# ---- prune: keep the runtime dependencies only ------------------------------------------------
FROM install AS prune
RUN npm prune --omit=dev --no-audit --no-fund

# ---- runtime -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE=proposals
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    KAFKAJS_NO_PARTITIONER_WARNING=1
WORKDIR /app
# Depending on the verify stage makes BuildKit run it: no image from a tree whose unit specs fail.
COPY --from=verify /tmp/verified /app/.verified
# Owned by root and not writable by the service user: the code cannot be changed at run time.
COPY --from=prune /app /app
# The `node` user of the base image, numeric so that Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3001 3002 3003 3004
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 CMD ["node", "deploy/docker/healthcheck.js"]
# `exec` replaces the shell: node is PID 1 and SIGTERM reaches Nest's shutdown hooks directly.
CMD ["sh", "-c", "exec node \"dist/apps/${SERVICE}/src/main.js\""]
