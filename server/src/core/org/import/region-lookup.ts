// Resolves the 行政区划代码 column: a code must exist in `regions`; a name must name exactly one
// division under the scope organisation's own division (names like 新华路街道 repeat across a
// province, so a name is only taken where it cannot mean two places). Answers are memoised: a register
// repeats the same few divisions on many rows.
import { and, eq, like } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { regions } from '../schema.ts';
import type { RegionRef } from './org-cells.ts';

export type RegionResolution = { code: string } | { problem: 'region.unknown' | 'region.ambiguous' };

// Digits that identify a division at each level (1 province … 5 village); the rest is zero padding.
const SIGNIFICANT = [0, 2, 4, 6, 9, 12] as const;

export function createRegionLookup(db: DbOrTx, scopeRegion: { code: string; level: number } | null) {
  const prefix = scopeRegion ? scopeRegion.code.slice(0, SIGNIFICANT[scopeRegion.level] ?? 12) : '';
  const codes = new Map<string, boolean>();
  const names = new Map<string, RegionResolution>();

  return async (ref: RegionRef): Promise<RegionResolution> => {
    if ('code' in ref) {
      let exists = codes.get(ref.code);
      if (exists === undefined) {
        const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, ref.code));
        exists = !!row;
        codes.set(ref.code, exists);
      }
      return exists ? { code: ref.code } : { problem: 'region.unknown' };
    }
    let known = names.get(ref.name);
    if (!known) {
      const rows = await db
        .select({ code: regions.code })
        .from(regions)
        .where(and(eq(regions.name, ref.name), like(regions.code, `${prefix}%`)))
        .limit(2);
      known =
        rows.length === 1 && rows[0]
          ? { code: rows[0].code }
          : { problem: rows.length ? 'region.ambiguous' : 'region.unknown' };
      names.set(ref.name, known);
    }
    return known;
  };
}
export type RegionLookup = ReturnType<typeof createRegionLookup>;
