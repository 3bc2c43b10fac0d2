# SPDX-License-Identifier: GPL-3.0-or-later
# The seed guide's docker-compose.yml (PostgreSQL/PostGIS + Redis, bind folders ./data/database
# and ./uploads, secrets in plain text), as the e2e scripts that adopt or take it over write it.
# Sourced; it only defines write_guide_compose.
#
# write_guide_compose FILE PROJECT DIRECTUS_IMAGE PORTS [EXTRA_ENV_LINE...]
#   PORTS is the guide's "ports:" entry ("127.0.0.1::8055" lets the engine pick a free port).
#   Each EXTRA_ENV_LINE ("NAME: 'value'") is added to Directus's environment, as a user would.
# Changed from the guide only where the test images or a shared engine need it: the test images'
# tags, container names made unique (the guide's "database"/"cache"/"directus" collide between
# stacks), Directus on 127.0.0.1, and REDIS instead of the guide's CACHE_REDIS, which 10.4 and
# later ignore (the stack would never answer, so nothing could be made in it first).
GUIDE_KEY=255d861b-5ea1-5996-9aa3-922530ec40b1
GUIDE_SECRET=6116487b-cda1-52c2-b5b5-c8022c45e263
GUIDE_ADMIN_PASSWORD=d1r3ctu5

write_guide_compose() {
    local file=$1 p=$2 image=$3 ports=$4 line extra=
    shift 4
    for line in "$@"; do extra+="      $line"$'\n'; done
    cat > "$file" <<YAML
version: '3'
services:
  database:
    container_name: $p-database
    image: postgis/postgis:15-3.3
    volumes:
      - ./data/database:/var/lib/postgresql/data
    networks:
      - directus
    environment:
      POSTGRES_USER: 'directus'
      POSTGRES_PASSWORD: 'directus'
      POSTGRES_DB: 'directus'

  cache:
    container_name: $p-cache
    image: redis:7
    networks:
      - directus

  directus:
    container_name: $p-directus
    image: $image
    ports:
      - $ports
    volumes:
      - ./uploads:/directus/uploads
    networks:
      - directus
    depends_on:
      - cache
      - database
    environment:
      KEY: '$GUIDE_KEY'
      SECRET: '$GUIDE_SECRET'

      DB_CLIENT: 'pg'
      DB_HOST: 'database'
      DB_PORT: '5432'
      DB_DATABASE: 'directus'
      DB_USER: 'directus'
      DB_PASSWORD: 'directus'

      CACHE_ENABLED: 'true'
      CACHE_STORE: 'redis'
      REDIS: 'redis://cache:6379'

      ADMIN_EMAIL: 'admin@example.com'
      ADMIN_PASSWORD: '$GUIDE_ADMIN_PASSWORD'
${extra}
networks:
  directus:
YAML
}
