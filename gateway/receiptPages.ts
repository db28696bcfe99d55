import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { receiptCheckQuerySchema } from '../shared/gateway/receiptCheck';
import { normalReceiptCode, RECEIPT_CODE_LENGTH } from '../shared/receiptVerification';
import { createRateLimiter } from './rateLimiter';
import type { ReceiptChecks } from './receiptChecks';
import { receiptPageHtml, type ComplaintOnPage, type PageLanguage, type ReceiptPageContent } from './receiptPage';

export interface ReceiptPageOptions {
  /** Checks allowed per client address per minute, page and JSON together. */
  checksPerMinute?: number;
  now?: () => number;
}

const FONTS_DIR = join(__dirname, '..', 'assets', 'fonts');
const FONTS: Record<string, string> = { medium: 'NotoSansDevanagari_500Medium.ttf', bold: 'NotoSansDevanagari_700Bold.ttf' };

function firstValue(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.slice(0, 60) : '';
}

/** Why the page's input cannot be asked about, in the words the page has for it; null when it can. */
function inputProblem(receiptNo: string, code: string): Extract<ReceiptPageContent, { kind: 'badInput' }>['problem'] | null {
  if (!receiptCheckQuerySchema.shape.receiptNo.safeParse(receiptNo).success) return 'receiptNo';
  const normal = normalReceiptCode(code.replace(/-/g, ''));
  if (normal.length !== RECEIPT_CODE_LENGTH) return 'codeLength';
  return receiptCheckQuerySchema.shape.code.safeParse(normal).success ? null : 'codeLetters';
}

/**
 * A complaint slip's numbers: the company's (CMP-000001) and the cabin's (BPL-07-C000001). A
 * receipt's number ends in digits alone, so neither is ever read as a receipt's.
 */
const isComplaintNumber = (number: string) => /^CMP-\d+$/.test(number) || /-C\d+$/.test(number);

/** A complaint slip's number and code to what the page may show of it, or undefined when they name none. */
export type ComplaintLookup = (number: string, code: string) => ComplaintOnPage | undefined;

/**
 * The public side of the gateway: the receipt verification page a receipt's QR opens (a
 * complaint slip's QR opens the same page on its complaint), its font, and the rate limit in
 * front of both it and the JSON check (/v1/receipts/check). Only GET, only reads; a refused or
 * malformed question changes nothing.
 */
export function registerReceiptPages(app: FastifyInstance, checks: ReceiptChecks, complaints: ComplaintLookup, helpline: string, options: ReceiptPageOptions = {}): void {
  const limiter = createRateLimiter({ limit: options.checksPerMinute ?? 20, windowMs: 60_000, ...(options.now ? { now: options.now } : {}) });
  const fonts = new Map(Object.entries(FONTS).map(([name, file]) => [name, readFileSync(join(FONTS_DIR, file))]));
  const security = {
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (path !== '/r' && path !== '/v1/receipts/check') return;
    if (limiter.allow(request.ip)) return;
    reply.code(429).header('retry-after', '60');
    if (path === '/v1/receipts/check') return reply.send({ error: { code: 'TOO_MANY_CHECKS', message: 'Too many receipt checks from this address. Try again in a minute.' } });
    const language: PageLanguage = firstValue((request.query as Record<string, unknown>).lang) === 'en' ? 'en' : 'hi';
    return reply
      .headers(security)
      .type('text/html; charset=utf-8')
      .send(receiptPageHtml({ kind: 'rateLimited' }, { language, receiptNo: '', code: '', helpline }));
  });

  app.get('/r', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const language: PageLanguage = firstValue(query.lang) === 'en' ? 'en' : 'hi';
    const receiptNo = firstValue(query.n).trim().toUpperCase();
    const code = firstValue(query.c).trim().toUpperCase();
    let content: ReceiptPageContent;
    if (!receiptNo && !code) content = { kind: 'ask' };
    else {
      const problem = inputProblem(receiptNo, code);
      if (problem) content = { kind: 'badInput', problem };
      else {
        const query = receiptCheckQuerySchema.parse({ receiptNo, code });
        const complaint = complaints(query.receiptNo, query.code);
        if (complaint) content = { kind: 'complaint', complaint };
        else if (isComplaintNumber(query.receiptNo)) content = { kind: 'noSuchComplaint' };
        else content = { kind: 'answer', check: checks.check(query) };
      }
    }
    const notFound = content.kind === 'noSuchComplaint' || (content.kind === 'answer' && content.check.state === 'NO_SUCH_RECEIPT');
    const status = content.kind === 'badInput' ? 400 : notFound ? 404 : 200;
    return reply.code(status).headers(security).type('text/html; charset=utf-8').send(receiptPageHtml(content, { language, receiptNo, code, helpline }));
  });

  app.get('/r/fonts/:name', async (request, reply) => {
    const font = fonts.get((request.params as { name: string }).name.replace(/\.ttf$/, ''));
    if (!font) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'No such font.' } });
    return reply.header('cache-control', 'public, max-age=86400').type('font/ttf').send(font);
  });
}
