// The sizes the generator knows. A scale picks which real divisions get organisations, how many
// organs, enterprises and schools sit beside them, and how many members the branches share.
export const ScaleNames = ['test', 'city', 'province'] as const;
export type ScaleName = (typeof ScaleNames)[number];

export type Scale = {
  name: ScaleName;
  /** 'city': one prefecture committee is the root; 'province': the provincial committee is. */
  root: 'city' | 'province';
  /** Prefecture codes covered (Guiyang only for city and test). */
  prefectures: 'guiyang' | 'all';
  /** Caps on how much of the real division tree is used (test keeps it tiny). */
  maxCountiesPerPrefecture: number;
  maxTownshipsPerCounty: number;
  maxVillagesPerTownship: number;
  /** Organ departments per county and per prefecture (taken from the list in names.ts). */
  countyDepartments: number;
  prefectureDepartments: number;
  /** State enterprises under a prefecture, non-public firms per county. */
  prefectureEnterprises: number;
  countyFirms: number;
  /** Schools and hospitals per county. */
  countySchools: number;
  /** Members shared by all branches; each branch keeps at least three. */
  people: number;
};

export const SCALES: Record<ScaleName, Scale> = {
  test: {
    name: 'test',
    root: 'city',
    prefectures: 'guiyang',
    maxCountiesPerPrefecture: 2,
    maxTownshipsPerCounty: 2,
    maxVillagesPerTownship: 3,
    countyDepartments: 2,
    prefectureDepartments: 2,
    prefectureEnterprises: 1,
    countyFirms: 1,
    countySchools: 1,
    people: 400,
  },
  city: {
    name: 'city',
    root: 'city',
    prefectures: 'guiyang',
    maxCountiesPerPrefecture: Number.POSITIVE_INFINITY,
    maxTownshipsPerCounty: Number.POSITIVE_INFINITY,
    maxVillagesPerTownship: Number.POSITIVE_INFINITY,
    countyDepartments: 54,
    prefectureDepartments: 52,
    prefectureEnterprises: 16,
    countyFirms: 45,
    countySchools: 33,
    people: 170_000,
  },
  province: {
    name: 'province',
    root: 'province',
    prefectures: 'all',
    maxCountiesPerPrefecture: Number.POSITIVE_INFINITY,
    maxTownshipsPerCounty: Number.POSITIVE_INFINITY,
    maxVillagesPerTownship: Number.POSITIVE_INFINITY,
    countyDepartments: 40,
    prefectureDepartments: 52,
    prefectureEnterprises: 12,
    countyFirms: 25,
    countySchools: 20,
    people: 1_400_000,
  },
};
