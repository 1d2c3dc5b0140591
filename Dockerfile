# GeoGraph API image. Unverified: written where no Docker engine was available to build it.
#
#   docker build -t geograph-api .
#   docker run --rm -p 5080:5080 -v geograph-data:/data geograph-api   # embedded SQLite store
#   docker compose up                                                   # API on Neo4j: docker-compose.yml
#
# Build stage: the .NET SDK plus Node.js/npm, so the playground's GraphiQL assets and the
# explorer's Cytoscape.js assets are installed (Playground.targets copies them into
# wwwroot/playground/vendor and wwwroot/explore/vendor on build).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# npm ci in its own layer, rebuilt only when the lock file changes. A failure here fails the
# image build (the MSBuild target only warns, so a developer without npm can still build).
COPY src/GeoGraph.Api/Playground/package.json src/GeoGraph.Api/Playground/package-lock.json src/GeoGraph.Api/Playground/
RUN cd src/GeoGraph.Api/Playground && npm ci --no-audit --no-fund

COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# The Neo4j store embeds its Cypher from cypher/ (DESIGN §2).
COPY cypher/ cypher/
RUN dotnet publish src/GeoGraph.Api -c Release -o /app/publish -p:UseAppHost=false \
 && test -f /app/publish/wwwroot/playground/vendor/graphiql.umd.js \
 && test -f /app/publish/wwwroot/explore/vendor/cytoscape.min.js

# Runtime stage: ASP.NET Core runtime only, as the image's non-root user `app` ($APP_UID).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
# SQLite (the default store) keeps its file here; mount a volume on /data to keep it.
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data

# Listen on every interface, port 5080 (without it the API's default is http://localhost:5080,
# reachable only from inside the container). To move the port: -e ASPNETCORE_URLS=http://+:9000.
# ASPNETCORE_HTTP_PORTS (8080 in the base image) is cleared so Kestrel does not warn that the URLs
# override it.
ENV ASPNETCORE_URLS=http://+:5080 \
    ASPNETCORE_HTTP_PORTS= \
    Storage__Sqlite__Path=/data/geograph.db
EXPOSE 5080
USER $APP_UID
ENTRYPOINT ["dotnet", "GeoGraph.Api.dll"]
