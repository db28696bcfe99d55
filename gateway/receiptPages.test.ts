import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRateLimiter } from './rateLimiter';
import { maskName } from './receiptChecks';
import { startTestGateway } from './testing/testGateway';

describe('the public receipt check', () => {
  it('masks a name to the first letter of each word, Hindi and English', () => {
    assert.equal(maskName('रमेश कुमार / Ramesh Kumar'), 'र••• कु••• / R••• K•••');
    assert.equal(maskName(''), '');
  });

  it('allows a few checks per address per minute and refuses the rest until the minute has passed', () => {
    let at = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => at });
    assert.deepEqual([limiter.allow('a'), limiter.allow('a'), limiter.allow('a'), limiter.allow('b')], [true, true, false, true]);
    at = 60_000;
    assert.equal(limiter.allow('a'), true);
  });

  it('answers 429 to one address past its limit, on the page and the JSON check alike, and never lists receipts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rokad-gateway-pages-'));
    const gateway = await startTestGateway(dir, { today: '2026-11-24', consumers: 5, server: { receiptPages: { checksPerMinute: 3 } } });
    try {
      const ask = (path: string) => fetch(`${gateway.url}${path}`);
      assert.equal((await ask('/r?lang=en')).status, 200);
      assert.equal((await ask('/v1/receipts/check?receiptNo=BPL-07-000001&code=ABCDE23456')).status, 200);
      assert.equal((await ask('/r?n=BPL-07-000001&c=ABCDE23456&lang=en')).status, 404);
      const limited = await ask('/r?n=BPL-07-000002&c=ABCDE23456&lang=en');
      assert.equal(limited.status, 429);
      assert.ok((await limited.text()).includes('Too many checks from this connection.'));
      const json = await ask('/v1/receipts/check?receiptNo=BPL-07-000002&code=ABCDE23456');
      assert.equal(json.status, 429);
      assert.equal(((await json.json()) as { error: { code: string } }).error.code, 'TOO_MANY_CHECKS');
      assert.equal((await ask('/r/fonts/medium.ttf')).status, 200, 'the font is not a check');
      assert.equal((await ask('/v1/receipts')).status, 404);
    } finally {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a complaint slip’s number that no complaint has with that code is told as no such complaint, not as a receipt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rokad-gateway-pages-'));
    const gateway = await startTestGateway(dir, { today: '2026-11-24', consumers: 5 });
    try {
      const page = async (number: string, lang: 'en' | 'hi') => {
        const answer = await fetch(`${gateway.url}/r?n=${number}&c=ABCDE23456&lang=${lang}`);
        return { status: answer.status, html: await answer.text() };
      };
      for (const number of ['CMP-000009', 'BPL-07-C000001']) {
        const english = await page(number, 'en');
        assert.equal(english.status, 404);
        assert.ok(english.html.includes('<title>Complaint check</title>'));
        assert.ok(english.html.includes('No such complaint.'));
        assert.ok((await page(number, 'hi')).html.includes('ऐसी कोई शिकायत नहीं है।'));
      }
      const receipt = await page('BPL-07-000001', 'en');
      assert.equal(receipt.status, 404);
      assert.ok(receipt.html.includes('No such receipt.'));
    } finally {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
