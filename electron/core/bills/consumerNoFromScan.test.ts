import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RULES } from '../../../gateway/gatewayStore';
import { RokadError } from '../../../shared/errors';
import { consumerNoFromScan } from './consumerNoFromScan';

const pattern = DEFAULT_RULES.scanPattern;
const refusedWith = (code: string) => (error: unknown) => error instanceof RokadError && error.code === code;

describe("the consumer number in a bill's scan", () => {
  it('is the number itself when the number is typed or scanned alone', () => {
    assert.equal(consumerNoFromScan('n3330008565', pattern), 'N3330008565');
    assert.equal(consumerNoFromScan('1234567890', null), '1234567890');
  });

  it("is taken out of a bill's QR text of any length by the biller's pattern", () => {
    const qr = `https://portal.mpcz.in/quickpay?ivrs=N3330008565&billno=B2611-000451&amt=124550&due=2026-12-07&${'x'.repeat(300)}`;
    assert.equal(consumerNoFromScan(qr, pattern), 'N3330008565');
    assert.equal(consumerNoFromScan('MPCZ|IVRS:1234567890|B2611-000452|41000', pattern), '1234567890');
  });

  it('is refused with a plain sentence when the scan holds none, or there is no pattern to read it by', () => {
    assert.throws(() => consumerNoFromScan('https://example.com/some/long/link?with=nothing', pattern), refusedWith('NO_CONSUMER_IN_SCAN'));
    assert.throws(() => consumerNoFromScan('https://portal.mpcz.in/quickpay?ivrs=N3330008565', null), refusedWith('NO_CONSUMER_IN_SCAN'));
    assert.throws(() => consumerNoFromScan("N33'--", pattern), refusedWith('INVALID_INPUT'));
  });
});
