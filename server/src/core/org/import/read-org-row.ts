// One register row → a normalised organisation, or the problems that stop it. Pure: no database. The
// import job adds what needs the database or earlier rows (parent, region, duplicate names).
import { Limits, OrgLimits } from '@hongyun/contracts';
import {
  type CellResult,
  enumTable,
  isBlankCell,
  readEnum,
  readPositiveInt,
  readText,
} from '../../../platform/spreadsheet/cells.ts';
import type { OrgType } from '../schema.ts';
import type { OrgColumnKey, OrgHeaderMatch } from './columns.ts';
import {
  type RegionRef,
  readContactPhone,
  readDecimal,
  readIntInRange,
  readOrgName,
  readRegionRef,
} from './org-cells.ts';

/** A problem in one cell (or between cells: reported on the later column). `code` is a FieldMessages key. */
export type OrgRowProblem = { column: OrgColumnKey; code: string };

export type OrgImportRow = {
  name: string;
  shortName: string | null;
  type: OrgType;
  /** The parent as written: an id from the platform, or a name / short name / path of names. */
  parent: { id: number | null; name: string | null };
  region: RegionRef | null;
  contactPhone: string | null;
  address: string | null;
  lng: number | null;
  lat: number | null;
  sortOrder: number;
};

/**
 * What was read: `row` only when there are no problems; `fields` whenever they could be read, so the
 * job can still check the parent and region of a row with other problems (every reason reported) and
 * a later row can name this one as its parent (one reason reported once, at its source).
 */
export type OrgRowResult = {
  isBlank: boolean;
  row: OrgImportRow | null;
  problems: OrgRowProblem[];
  fields: {
    name: string | null;
    shortName: string | null;
    type: OrgType | null;
    parent: OrgImportRow['parent'] | null;
    region: RegionRef | null;
  };
};

const NO_FIELDS: OrgRowResult['fields'] = { name: null, shortName: null, type: null, parent: null, region: null };

// What offices write in 组织类别; a 党工委 (working committee of a street or park) is a committee here.
export const OrgTypeValues = enumTable<OrgType>({
  committee: ['党委', '党工委', '基层党委', '党的委员会', '委员会', 'party committee', 'working committee'],
  general_branch: ['党总支', '党总支部', '总支', '总支部', 'general branch', 'party general branch'],
  branch: ['党支部', '支部', 'party branch'],
  group: ['党小组', '小组', 'party group'],
});

// Mainland China including the South China Sea islands; outside it a coordinate is certainly wrong.
const CHINA = { lng: [73.4, 135.1], lat: [3.8, 53.6] } as const;
const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

// A parent may be given as a path of names, so longer than one name.
const PARENT_NAME_MAX = Limits.nameMax * 4;

/** Reads one row (exceljs row.values, 1-based) with the header matched by matchOrgHeaderRow. */
export function readOrgRow(values: readonly unknown[], header: OrgHeaderMatch): OrgRowResult {
  const cell = new Map<OrgColumnKey, unknown>();
  for (const [index, key] of header.columns) cell.set(key, values[index]);
  if ([...cell.values()].every(isBlankCell)) {
    return { isBlank: true, row: null, problems: [], fields: NO_FIELDS };
  }

  const problems: OrgRowProblem[] = [];
  const failed = new Set<OrgColumnKey>();
  const take = <T>(column: OrgColumnKey, read: (v: unknown) => CellResult<T>): T | null => {
    const r = read(cell.get(column));
    if (r.ok) return r.value;
    problems.push({ column, code: r.code });
    failed.add(column);
    return null;
  };
  const require = <T>(column: OrgColumnKey, value: T | null): T | null => {
    if (value === null && !failed.has(column)) problems.push({ column, code: 'value.required' });
    return value;
  };

  const name = require('name', take('name', readOrgName));
  const shortName = take('shortName', (v) => readOrgName(v, OrgLimits.shortNameMax));
  const type = require('type', take('type', (v) => {
    const r = readEnum(v, OrgTypeValues);
    return r.ok || r.code !== 'value.unknown' ? r : { ok: false, code: 'org.type_unknown' };
  }));
  const parentId = take('parentId', readPositiveInt);
  const parentName = take('parentName', (v) => readText(v, PARENT_NAME_MAX));
  const region = take('region', readRegionRef);
  const contactPhone = take('contactPhone', readContactPhone);
  const address = take('address', (v) => readText(v, OrgLimits.addressMax));
  let lng = take('lng', readDecimal);
  let lat = take('lat', readDecimal);
  const sortOrder = take('sortOrder', (v) => readIntInRange(v, 0, OrgLimits.sortOrderMax));

  // Either parent column will do; the empty one that exists in the sheet is the one to point at.
  if (parentId === null && parentName === null && !failed.has('parentId') && !failed.has('parentName')) {
    const columns = [...header.columns.values()];
    const column = columns.includes('parentId') && !columns.includes('parentName') ? 'parentId' : 'parentName';
    problems.push({ column, code: 'value.required' });
  }

  if (lng !== null || lat !== null) {
    if (lng === null || lat === null) {
      if (!failed.has('lng') && !failed.has('lat')) {
        problems.push({ column: lng === null ? 'lng' : 'lat', code: 'coordinates.incomplete' });
      }
    } else if (!inRange(lng, CHINA.lng) || !inRange(lat, CHINA.lat)) {
      // Swapped columns are the usual mistake (26.6, 106.7): say so rather than "out of range".
      const isSwapped = inRange(lat, CHINA.lng) && inRange(lng, CHINA.lat);
      if (isSwapped) problems.push({ column: 'lat', code: 'coordinates.swapped' });
      else {
        if (!inRange(lng, CHINA.lng)) problems.push({ column: 'lng', code: 'value.out_of_range' });
        if (!inRange(lat, CHINA.lat)) problems.push({ column: 'lat', code: 'value.out_of_range' });
      }
      lng = null;
      lat = null;
    }
  }

  const parent = parentId !== null || parentName !== null ? { id: parentId, name: parentName } : null;
  const fields = { name, shortName, type, parent, region };
  if (problems.length > 0 || name === null || type === null || parent === null) {
    return { isBlank: false, row: null, problems, fields };
  }
  return {
    isBlank: false,
    problems,
    fields,
    row: {
      name,
      shortName,
      type,
      parent,
      region,
      contactPhone,
      address,
      lng,
      lat,
      sortOrder: sortOrder ?? 0,
    },
  };
}
