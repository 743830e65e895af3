import type { Rng } from './random.ts';

// Realistic people for demo and scale data: common surnames weighted roughly by frequency, given
// names from characters common in Guizhou registers, ethnic groups in Guizhou's proportions.

const SURNAMES = [
  ['王', 70],
  ['李', 70],
  ['张', 65],
  ['刘', 50],
  ['陈', 45],
  ['杨', 40],
  ['黄', 25],
  ['赵', 22],
  ['吴', 20],
  ['周', 20],
  ['徐', 14],
  ['孙', 14],
  ['马', 12],
  ['朱', 12],
  ['胡', 11],
  ['郭', 11],
  ['何', 10],
  ['罗', 10],
  ['龙', 9],
  ['石', 8],
  ['蒋', 6],
  ['韦', 6],
  ['潘', 6],
  ['田', 6],
  ['梁', 5],
  ['宋', 5],
  ['谢', 5],
  ['唐', 5],
  ['韩', 4],
  ['冯', 4],
  ['邓', 4],
  ['曹', 4],
  ['彭', 4],
  ['曾', 4],
  ['肖', 4],
  ['袁', 3],
  ['吕', 3],
  ['雷', 3],
  ['蒙', 3],
  ['岑', 2],
  ['欧阳', 1],
] as const;
const GIVEN_M = '伟强军勇杰涛明超华平刚辉健斌鹏宇浩磊峰亮林国文兴富贵成荣德忠祥海波建龙飞云山';
const GIVEN_F = '芳娟敏静丽艳娜霞燕玲琴梅兰英红萍秀华慧婷雪倩莉颖洁凤琳桂珍蓉琼';
const ETHNICITIES = [
  ['汉族', 620],
  ['苗族', 120],
  ['布依族', 70],
  ['侗族', 45],
  ['土家族', 40],
  ['彝族', 23],
  ['仡佬族', 14],
  ['水族', 10],
  ['回族', 5],
  ['白族', 5],
] as const;
export const EDUCATIONS = ['小学', '初中', '高中', '中专', '大专', '本科', '硕士研究生', '博士研究生'] as const;

function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [v, w] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return (table[0] as readonly [T, number])[0];
}

export function chineseName(rng: Rng, gender: 'M' | 'F'): string {
  const pool = gender === 'M' ? GIVEN_M : GIVEN_F;
  const given = rng.chance(0.7) ? rng.pick([...pool]) + rng.pick([...pool]) : rng.pick([...pool]);
  return weighted(rng, SURNAMES) + given;
}

export const ethnicity = (rng: Rng) => weighted(rng, ETHNICITIES);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid GB 11643 ID number: region (6) + birth date (8) + sequence (3, odd for men) + checksum. */
export function idNumberFor(region6: string, birthDate: string, gender: 'M' | 'F', rng: Rng): string {
  let seq = rng.int(0, 999);
  if ((seq % 2 === 1) !== (gender === 'M')) seq = (seq + 1) % 1000;
  const body = `${region6}${birthDate.replaceAll('-', '')}${pad(seq, 3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return body + '10X98765432'[sum % 11];
}

/** A date between two years, as YYYY-MM-DD. */
export function dateBetween(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function mobile(rng: Rng): string {
  const prefixes = ['135', '136', '138', '139', '150', '151', '158', '177', '180', '182', '187', '188', '199'];
  return rng.pick(prefixes) + pad(rng.int(0, 99_999_999), 8);
}
