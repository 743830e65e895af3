import { z } from 'zod';
import { Limits, OrgId, PageQuery } from './common.ts';
import { Modules } from './roles.ts';

// zod request/response schemas of the org API (shared by server and web).

export const OrgTypes = ['committee', 'general_branch', 'branch', 'group'] as const; // 党委 / 党总支 / 党支部 / 党小组
export type OrgTypeName = (typeof OrgTypes)[number];

export const OrgLimits = {
  shortNameMax: 20,
  addressMax: 200,
  phoneMax: 30,
  sortOrderMax: 1_000_000,
  /** An office line (with extension or area code), not only a mobile: digits, spaces, - + ( ). */
  contactPhonePattern: /^[\d\-+() ]{5,30}$/,
} as const;

/** 12-digit NBS division code (统计用区划代码). */
export const RegionCode = z.string().regex(/^\d{12}$/, 'region.code');

const Nullable = <T extends z.ZodType>(t: T) => t.nullable().optional();

const OrgFields = {
  name: z.string().trim().min(1).max(Limits.nameMax),
  type: z.enum(OrgTypes),
  regionCode: Nullable(RegionCode),
  shortName: Nullable(z.string().trim().min(1).max(OrgLimits.shortNameMax)),
  contactPhone: Nullable(z.string().trim().regex(OrgLimits.contactPhonePattern, 'phone.invalid')),
  address: Nullable(z.string().trim().min(1).max(OrgLimits.addressMax)),
  lng: Nullable(z.number().min(-180).max(180)),
  lat: Nullable(z.number().min(-90).max(90)),
  sortOrder: z.number().int().min(0).max(OrgLimits.sortOrderMax).optional(),
};

export const CreateOrgRequest = z
  .object({ parentId: OrgId.nullable().optional(), ...OrgFields })
  .strict()
  .meta({ id: 'CreateOrgRequest' });
export type CreateOrgInput = z.infer<typeof CreateOrgRequest>;

export const UpdateOrgRequest = z
  .object({
    name: OrgFields.name.optional(),
    type: OrgFields.type.optional(),
    regionCode: OrgFields.regionCode,
    shortName: OrgFields.shortName,
    contactPhone: OrgFields.contactPhone,
    address: OrgFields.address,
    lng: OrgFields.lng,
    lat: OrgFields.lat,
    sortOrder: OrgFields.sortOrder,
    /** The branch secretary; must be a person currently in this organisation's subtree. */
    secretaryPersonId: z.uuid().nullable().optional(),
  })
  .strict()
  .meta({ id: 'UpdateOrgRequest' });
export type UpdateOrgInput = z.infer<typeof UpdateOrgRequest>;

export const MoveOrgRequest = z.object({ newParentId: OrgId }).strict().meta({ id: 'MoveOrgRequest' });

/** Per module: true = on, false = off, null = inherit from the nearest ancestor that sets it. */
export const SetOrgModulesRequest = z
  .object(Object.fromEntries(Modules.map((m) => [m, z.boolean().nullable().optional()])) as ModuleSwitchShape)
  .strict()
  .meta({ id: 'SetOrgModulesRequest' });
type ModuleSwitchShape = { [K in (typeof Modules)[number]]: z.ZodOptional<z.ZodNullable<z.ZodBoolean>> };

const BoolQuery = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const SearchOrgsQuery = PageQuery.extend({
  q: z.string().trim().max(Limits.searchMax).optional(),
  includeDissolved: BoolQuery,
});
export const OrgChildrenQuery = z.object({ includeDissolved: BoolQuery });
export const RegionsQuery = z.object({ parent: RegionCode.optional() });
export const RegionCodeParam = z.object({ code: RegionCode });

// ---- responses ----------------------------------------------------------------------------------

export const OrgAbilities = z.object({
  canEdit: z.boolean(),
  canMove: z.boolean(),
  canDissolve: z.boolean(),
  canCreateChild: z.boolean(),
  canSwitchModules: z.boolean(),
});

export const OrgView = z
  .object({
    id: z.number(),
    parentId: z.number().nullable(),
    path: z.string(),
    depth: z.number(),
    name: z.string(),
    shortName: z.string().nullable(),
    type: z.enum(OrgTypes),
    regionCode: z.string().nullable(),
    secretaryPersonId: z.string().nullable(),
    contactPhone: z.string().nullable(),
    address: z.string().nullable(),
    lng: z.number().nullable(),
    lat: z.number().nullable(),
    sortOrder: z.number(),
    isDissolved: z.boolean(),
    dissolvedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: OrgAbilities,
  })
  .meta({ id: 'Org' });

export const MemberCounts = z.object({ total: z.number(), probationary: z.number(), full: z.number() });

export const OrgDetail = OrgView.extend({
  regionName: z.string().nullable(),
  secretary: z.object({ id: z.string(), name: z.string() }).nullable(),
  memberCounts: MemberCounts,
  childCount: z.number(),
  pathNames: z.array(z.string()),
  effectiveModules: z.array(z.enum(Modules)),
}).meta({ id: 'OrgDetail' });

export const OrgTreeNode = OrgView.extend({ childCount: z.number(), memberCount: z.number() }).meta({
  id: 'OrgTreeNode',
});
export const OrgSearchItem = OrgView.extend({ pathNames: z.array(z.string()), pathLabel: z.string() }).meta({
  id: 'OrgSearchItem',
});

export const OrgResponse = z.object({ data: OrgView }).meta({ id: 'OrgResponse' });
export const OrgDetailResponse = z.object({ data: OrgDetail }).meta({ id: 'OrgDetailResponse' });
export const OrgTreeResponse = z.object({ data: z.array(OrgTreeNode) }).meta({ id: 'OrgTreeResponse' });
export const SearchOrgsResponse = z
  .object({ data: z.array(OrgSearchItem), page: z.number(), pageSize: z.number(), total: z.number() })
  .meta({ id: 'SearchOrgsResponse' });

export const OrgModuleSetting = z.object({
  module: z.enum(Modules),
  /** What this organisation sets itself; null when it inherits. */
  setting: z.boolean().nullable(),
  effective: z.boolean(),
});
export const OrgModulesResponse = z
  .object({
    data: z.object({
      orgId: z.number(),
      /** Live organisations a switch here reaches: the org and its whole subtree (for the confirmation). */
      orgCount: z.number(),
      modules: z.array(OrgModuleSetting),
    }),
  })
  .meta({ id: 'OrgModulesResponse' });

export const RegionView = z
  .object({ code: z.string(), name: z.string(), level: z.number(), parentCode: z.string().nullable() })
  .meta({ id: 'Region' });
export const RegionsResponse = z.object({ data: z.array(RegionView) }).meta({ id: 'RegionsResponse' });
export const RegionResponse = z
  .object({ data: RegionView.extend({ ancestors: z.array(RegionView) }) })
  .meta({ id: 'RegionResponse' });
