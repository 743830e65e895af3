import type { Rng } from '../demo/random.ts';

// Names of organs, enterprises, schools and firms, prefixed with the region's own name
// ("开阳县" + "委组织部" → "开阳县委组织部"), in the order offices usually list them.

/** Departments of a party committee and government; `big` ones keep an organ committee (机关党委). */
export const DEPARTMENTS: readonly { name: string; big?: boolean }[] = [
  { name: '委办公室' },
  { name: '人大常委会办公室' },
  { name: '人民政府办公室' },
  { name: '政协办公室' },
  { name: '纪委监委机关', big: true },
  { name: '委组织部' },
  { name: '委宣传部' },
  { name: '委统战部' },
  { name: '委政法委员会' },
  { name: '公安局', big: true },
  { name: '教育局', big: true },
  { name: '卫生健康局', big: true },
  { name: '发展和改革局' },
  { name: '财政局' },
  { name: '人力资源和社会保障局' },
  { name: '自然资源局' },
  { name: '住房和城乡建设局' },
  { name: '农业农村局', big: true },
  { name: '交通运输局' },
  { name: '水务局' },
  { name: '民政局' },
  { name: '司法局' },
  { name: '生态环境分局' },
  { name: '商务局' },
  { name: '文化旅游局' },
  { name: '退役军人事务局' },
  { name: '应急管理局' },
  { name: '审计局' },
  { name: '市场监督管理局', big: true },
  { name: '统计局' },
  { name: '医疗保障局' },
  { name: '林业局' },
  { name: '大数据发展管理局' },
  { name: '信访局' },
  { name: '乡村振兴局' },
  { name: '总工会' },
  { name: '团委' },
  { name: '妇女联合会' },
  { name: '科学技术协会' },
  { name: '税务局', big: true },
  { name: '综合行政执法局' },
  { name: '人民法院', big: true },
  { name: '人民检察院' },
  { name: '融媒体中心' },
  { name: '档案馆' },
  { name: '机关事务服务中心' },
  { name: '投资促进局' },
  { name: '工业和信息化局' },
  { name: '科学技术局' },
  { name: '国有资产监督管理局' },
  { name: '公共资源交易中心' },
  { name: '地方志办公室' },
  { name: '供销合作社' },
  { name: '气象局' },
];

const ENTERPRISE_TRADES = [
  '城市建设投资',
  '产业发展控股',
  '公共交通投资运营',
  '水务环境',
  '工商产业投资',
  '农业投资发展',
  '文化旅游产业',
  '大数据产业',
  '现代物流',
  '建设工程',
  '能源投资',
  '国有资本运营',
  '住房保障投资',
  '生态建设',
  '医药健康产业',
  '教育投资',
];

/** State enterprise groups under a prefecture: "贵阳市城市建设投资集团有限公司". */
export function enterpriseName(prefix: string, i: number): string {
  const trade = ENTERPRISE_TRADES[i % ENTERPRISE_TRADES.length] as string;
  return i < ENTERPRISE_TRADES.length ? `${prefix}${trade}集团有限公司` : `${prefix}${trade}第${i}有限公司`;
}

export const ENTERPRISE_UNITS = [
  '机关',
  '综合办公室',
  '财务部',
  '工程部',
  '运营部',
  '技术中心',
  '第一分公司',
  '第二分公司',
];

const FIRM_WORDS = '黔筑云山红绿华兴鑫源恒泰宏盛嘉和瑞丰金阳'.split('');
const FIRM_TRADES = [
  '科技',
  '农业开发',
  '建材',
  '物流',
  '商贸',
  '茶业',
  '酒业',
  '食品',
  '旅游开发',
  '医药',
  '电子',
  '矿业',
];

/** A non-public firm: "贵州黔丰茶业有限公司"; `seen` keeps names unique within a county. */
export function firmName(rng: Rng, seen: Set<string>): string {
  let name = '';
  for (let tries = 0; tries < 30; tries++) {
    name = `贵州${rng.pick(FIRM_WORDS)}${rng.pick(FIRM_WORDS)}${rng.pick(FIRM_TRADES)}有限公司`;
    if (!seen.has(name)) break;
  }
  if (seen.has(name)) name = name.replace('有限公司', `第${seen.size}有限公司`);
  seen.add(name);
  return name;
}

const SCHOOLS = [
  '第一中学',
  '第二中学',
  '第三中学',
  '民族中学',
  '职业技术学校',
  '人民医院',
  '中医医院',
  '妇幼保健院',
  '实验小学',
  '第一小学',
  '第二小学',
  '第四中学',
  '第五中学',
  '特殊教育学校',
  '疾病预防控制中心',
  '第三小学',
  '第六中学',
  '第二人民医院',
  '第四小学',
  '幼儿园',
];

/** Schools and hospitals of a county: "开阳县第一中学". */
export function schoolName(prefix: string, i: number): string {
  const base = SCHOOLS[i % SCHOOLS.length] as string;
  return i < SCHOOLS.length ? `${prefix}${base}` : `${prefix}第${i + 1}${base.replace(/^第.+?(中学|小学)$/, '$1')}`;
}

export const ORDINALS = ['第一', '第二', '第三', '第四', '第五', '第六', '第七', '第八', '第九', '第十'];

/** "贵阳市" → "贵阳", "黔南布依族苗族自治州" → "黔南州", "开阳县" → "开阳": the short form used in titles. */
export function shortRegion(name: string): string {
  const autonomous = name.match(/^(.+?)(布依族|苗族|侗族|土家族|彝族|仡佬族|水族|回族)+自治(州|县)$/);
  if (autonomous) return `${autonomous[1]}${autonomous[3]}`;
  if (name.length <= 2) return name;
  return name.replace(/(市|县|区|特区)$/, '');
}

/**
 * The everyday name of a village or community from its statistical name: "九洲巷社区居民委员会" →
 * "九洲巷社区", "小箐村委会" / "二甫村民委员会" → "小箐村" / "二甫村", "麻郎居委会" → "麻郎社区".
 */
export function unitName(division: string): string {
  const village = division.match(/^(.+?村)(民委员会|委会)$/);
  if (village) return village[1] as string;
  const community = division.match(/^(.+?)(居民委员会|居民委会员|居委会)$/);
  if (!community) return division;
  const base = community[1] as string;
  return base.endsWith('社区') ? base : `${base}社区`;
}
