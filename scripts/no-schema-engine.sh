#!/bin/sh
# Prisma's CLI downloads a native schema engine that cannot be fetched offline.
# Migrations run through the wasm engine instead (scripts/lib/migrations.ts).
echo "The native Prisma schema engine is not used here: run 'npm run db:migrate' or 'npm run db:migration:create'." >&2
exit 1
