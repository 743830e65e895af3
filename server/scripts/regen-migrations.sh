#!/usr/bin/env bash
# Regenerates the initial migrations from the Drizzle schema while the project has no deployed
# database to upgrade. Once a release exists, use `npm run db:generate` to add migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf ../migrations
npx drizzle-kit generate --name init
init=$(ls ../migrations/0000_*.sql)
{ printf 'CREATE EXTENSION IF NOT EXISTS pg_trgm;\n--> statement-breakpoint\n'; cat "$init"; } > "$init.tmp" && mv "$init.tmp" "$init"
npx drizzle-kit generate --custom --name platform
custom=$(ls ../migrations/0001_*.sql)
cp src/platform/db/platform.sql "$custom"
