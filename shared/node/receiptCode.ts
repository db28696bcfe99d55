import { createHash } from 'node:crypto';
import { RECEIPT_CODE_ALPHABET, RECEIPT_CODE_LENGTH } from '../receiptVerification';

/**
 * The receipt's check code: the first 50 bits of a hash of its ledger row's chained hash, in
 * base32. Nobody can make a valid code for a row without the row, the ledger after it keeps the
 * row from changing, and 2^50 codes per receipt number leave nothing to guess.
 */
export function receiptCode(rowHash: string): string {
  const digest = createHash('sha256').update(`ROKAD-RECEIPT-CODE|${rowHash}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 56n - BigInt(RECEIPT_CODE_LENGTH * 5);
  let code = '';
  for (let i = RECEIPT_CODE_LENGTH - 1; i >= 0; i -= 1) code += RECEIPT_CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}
