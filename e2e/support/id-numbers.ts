// Mainland resident ID numbers (GB 11643) for test rows: 17 digits and the check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A well-formed ID number for a region code (6 digits), a birth date (YYYYMMDD) and a 3-digit sequence. */
export function idNumber(region: string, birth: string, seq: string): string {
  const body = `${region}${birth}${seq}`;
  if (!/^\d{17}$/.test(body)) throw new Error(`bad ID number parts: ${body}`);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (WEIGHTS[i] ?? 0), 0);
  return body + CHECK[sum % 11];
}

/** The same number with a wrong check character. */
export function withWrongCheck(id: string): string {
  const last = id.slice(-1);
  return id.slice(0, -1) + (last === '0' ? '1' : '0');
}
