import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
// scrypt's recommended interactive cost: about 50 ms here, slow enough to make guessing a
// stolen 4-digit PIN hash costly, fast enough for the counter.
const COST = { N: 16_384, r: 8, p: 1 };

export function hashPin(pin: string): { salt: string; hash: string } {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: scryptSync(pin, salt, KEY_LENGTH, COST).toString('hex') };
}

export function pinMatches(pin: string, salt: string, hash: string): boolean {
  const expected = Buffer.from(hash, 'hex');
  const actual = scryptSync(pin, salt, KEY_LENGTH, COST);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
