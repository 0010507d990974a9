# The worker and the API share one image; docker-compose.yml picks the command.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Dev dependencies too: the processes run TypeScript through tsx, and the worker bundles workflows at start.
RUN npm ci --no-audit --no-fund --include=dev
COPY . .
USER node
CMD ["node", "--import", "tsx", "api/main.ts"]
