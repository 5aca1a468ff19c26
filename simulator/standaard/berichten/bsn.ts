/** The burgerservicenummer: the elfproef (CS002) and test numbers that pass it. */

/** The elfproef for a BSN: 9·d1 + 8·d2 + ... + 2·d8 − d9 is a multiple of 11. */
export function voldoetAanElfproef(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(bsn[i]);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}

/**
 * The n-th test BSN: the first number passing the elfproef in its own block of 30 from `vanaf`
 * (default the 9999… range meant for tests), so different n never give the same BSN.
 */
export function testBsn(n: number, vanaf = 999_900_000): string {
  const begin = vanaf + n * 30;
  for (let k = begin; k < begin + 30; k++) {
    const bsn = String(k).padStart(9, '0');
    if (bsn.length === 9 && voldoetAanElfproef(bsn)) return bsn;
  }
  throw new RangeError(`geen test-BSN voor ${n} vanaf ${vanaf}`);
}
