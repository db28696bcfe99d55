/**
 * The receipt's QR: a verification address on the company's server with the receipt number and
 * a short code derived from the ledger row's hash (shared/node/receiptCode). Plain text, ASCII
 * only, so both the thermal printer's QR and any phone's camera read it. Without an address yet
 * (a cabin that never reached its gateway) the QR carries the same two facts as `ROKAD2|no|code`.
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is not mistaken. */
export const RECEIPT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECEIPT_CODE_LENGTH = 10;
const CODE_CHARS = /^[0-9A-HJKMNP-TV-Z]+$/;
const RECEIPT_NO = /^[A-Z0-9-]{3,40}$/;

/** Only an https address (or http to this machine, for development) without a query: the QR appends its own. */
export const VERIFY_URL_PATTERN = /^(https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?|http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?)(\/[A-Za-z0-9._~/-]*)?$/;

export function verificationUrl(baseUrl: string, receiptNo: string, code: string): string {
  return `${baseUrl}?n=${receiptNo}&c=${code}`;
}

export function receiptQrText(baseUrl: string | null, receiptNo: string, code: string): string {
  return baseUrl ? verificationUrl(baseUrl, receiptNo, code) : `ROKAD2|${receiptNo}|${code}`;
}

/** Why a typed or scanned code cannot be a receipt code, or null when it can. */
export function receiptCodeProblem(code: string): string | null {
  if (code.length !== RECEIPT_CODE_LENGTH) {
    return `A receipt's check code has ${RECEIPT_CODE_LENGTH} letters and digits; this one has ${code.length}. Scan the QR again or type the code printed under it.`;
  }
  if (!CODE_CHARS.test(code)) return 'A receipt’s check code has only digits and the capital letters A–Z without I, L, O and U.';
  return null;
}

export function normalReceiptCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The code in groups of five, as printed under the QR, for someone reading it aloud. */
export function groupedCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export type ScannedReceipt =
  | { ok: true; form: 'URL' | 'ROKAD2'; receiptNo: string; code: string }
  /** The QR of receipts printed before the verification address: amount and the hash's first 12 hex digits. */
  | { ok: true; form: 'ROKAD1'; receiptNo: string; amountPaise: number; hashStart: string }
  | { ok: false; problem: string };

function checked(form: 'URL' | 'ROKAD2', receiptNo: string | null | undefined, rawCode: string | null | undefined): ScannedReceipt {
  const number = (receiptNo ?? '').trim().toUpperCase();
  if (!RECEIPT_NO.test(number)) return { ok: false, problem: 'The QR does not name a receipt number.' };
  const code = normalReceiptCode((rawCode ?? '').replace(/-/g, ''));
  const problem = receiptCodeProblem(code);
  return problem ? { ok: false, problem } : { ok: true, form, receiptNo: number, code };
}

/** What a scanned QR (or its text typed in) says, in any of the forms Rokad has printed. */
export function parseReceiptQr(text: string): ScannedReceipt {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return { ok: false, problem: 'The QR holds an address that cannot be read.' };
    }
    return checked('URL', url.searchParams.get('n'), url.searchParams.get('c'));
  }
  const parts = trimmed.split('|');
  if (parts[0] === 'ROKAD2' && parts.length === 3) return checked('ROKAD2', parts[1], parts[2]);
  if (parts[0] === 'ROKAD1' && parts.length === 4 && /^\d{1,15}$/.test(parts[2]!) && /^[0-9a-f]{12}$/.test(parts[3]!) && RECEIPT_NO.test(parts[1]!)) {
    return { ok: true, form: 'ROKAD1', receiptNo: parts[1]!, amountPaise: Number(parts[2]), hashStart: parts[3]! };
  }
  return { ok: false, problem: 'This is not a Rokad receipt QR.' };
}
