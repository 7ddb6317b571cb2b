# The Entente web app (API + web view) for docker-compose.yml; it reaches Neo4j through NEO4J_URI.
FROM node:20-slim

WORKDIR /app
# Dependencies first, so a source change does not reinstall them. Dev dependencies stay: the web
# view is built with Vite below, and the sources run through tsx.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build:web && chown -R node:node /app
USER node

# bash runs the npm script by exec'ing node (dash would stay in between), so the SIGTERM of
# `docker stop` that npm forwards reaches the server and it closes the store cleanly.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    npm_config_script_shell=/bin/bash
EXPOSE 3000
CMD ["npm", "start"]
