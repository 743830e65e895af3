import type { ModuleName, OrgAbilities, OrgView } from '@hongyun/contracts';
import type { z } from 'zod';
import type { Actor } from '../context.ts';
import { can } from '../policy.ts';
import type { MemberCountsRow, OrgNode, OrgRecord, RegionRecord } from './queries.ts';

// What leaves the server about an organisation, with what the viewer may do to it.

export function orgAbilities(row: OrgRecord, viewer: Actor | null): z.infer<typeof OrgAbilities> {
  const record = { orgPath: row.path };
  const isLive = !row.isDissolved;
  return {
    canEdit: isLive && can(viewer, 'org.org.update', record),
    canMove: isLive && can(viewer, 'org.org.move', record),
    canDissolve: isLive && can(viewer, 'org.org.dissolve', record),
    canCreateChild: isLive && can(viewer, 'org.org.create', record),
    canSwitchModules: isLive && can(viewer, 'org.modules.update', record),
  };
}

export function presentOrg(row: OrgRecord, viewer: Actor | null): z.infer<typeof OrgView> {
  return {
    id: row.id,
    parentId: row.parentId,
    path: row.path,
    depth: row.depth,
    name: row.name,
    shortName: row.shortName,
    type: row.type,
    regionCode: row.regionCode,
    secretaryPersonId: row.secretaryPersonId,
    contactPhone: row.contactPhone,
    address: row.address,
    lng: row.lng,
    lat: row.lat,
    sortOrder: row.sortOrder,
    isDissolved: row.isDissolved,
    dissolvedAt: row.dissolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: orgAbilities(row, viewer),
  };
}

export function presentOrgNode(row: OrgNode, viewer: Actor | null) {
  return { ...presentOrg(row, viewer), childCount: row.childCount, memberCount: row.memberCount };
}

export function presentOrgSearchItem(row: OrgRecord, pathNames: string[], viewer: Actor | null) {
  return { ...presentOrg(row, viewer), pathNames, pathLabel: pathNames.join(' / ') };
}

export type OrgDetailFacts = {
  regionName: string | null;
  secretary: { id: string; name: string } | null;
  memberCounts: MemberCountsRow;
  childCount: number;
  pathNames: string[];
  effectiveModules: ModuleName[];
};

export function presentOrgDetail(row: OrgRecord, facts: OrgDetailFacts, viewer: Actor | null) {
  return { ...presentOrg(row, viewer), ...facts };
}

export function presentRegion(row: RegionRecord) {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parentCode };
}
