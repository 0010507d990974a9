# One image for the worker, the API and the one-shot migrate job; docker-compose.yml picks the command.
# Debian (glibc) slim rather than Alpine: the Temporal SDK's native core bridge and @swc/core (used by the
# worker's workflow bundler) ship prebuilt glibc binaries.
FROM node:20-bookworm-slim

WORKDIR /app

# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json ./

# A full `npm ci` (devDependencies too), the same install CI tests with. It runs before NODE_ENV=production is
# set, because npm would otherwise leave devDependencies out. The processes run the TypeScript sources through
# tsx, so there is no build step.
RUN npm ci --no-audit --no-fund && npm cache clean --force

COPY . .

ENV NODE_ENV=production

# Sources and node_modules stay root-owned and read-only to the process.
USER node

EXPOSE 3000
CMD ["node", "--max-semi-space-size=64", "--import", "tsx", "api/main.ts"]
