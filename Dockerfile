# Stadium in a container: the first stage packs it from this checkout (npm pack builds the
# console and compiles the server), the second installs only that tarball and its runtime
# dependencies. deploy/marathon/stadium.json runs this image.
#   docker build -t registry.example.com/stadium:0.1.0 . && docker push registry.example.com/stadium:0.1.0

FROM node:20-bookworm-slim AS pack
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN mkdir /pack && npm pack --pack-destination /pack && mv /pack/stadium-*.tgz /pack/stadium.tgz

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8090
COPY --from=pack /pack/stadium.tgz /tmp/stadium.tgz
RUN npm install --global --omit=dev --no-audit --no-fund /tmp/stadium.tgz && rm /tmp/stadium.tgz && npm cache clean --force
# The image's own unprivileged user; Stadium needs no root (port 8090, no files written).
USER node
EXPOSE 8090
ENTRYPOINT ["stadium"]
