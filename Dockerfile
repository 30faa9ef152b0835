# The ledger API, for production-like runs next to EventStoreDB (docker-compose.yml).
# Build stage: native modules (better-sqlite3 for the projection database) compile here.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:console && npx nest build ledger-api && npx nest build ledger-cli && npm prune --omit=dev

# Runtime stage: only what runs.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    LEDGER_PORT=3000 \
    LEDGER_DATA_DIR=/data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
# `ledger …` in the container runs the command line from its build.
RUN ln -s /app/bin/ledger.js /usr/local/bin/ledger
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.LEDGER_PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/ledger-api/main.js"]
