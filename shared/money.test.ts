import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPaise, MAX_CASH_PAISE, parseRupees } from './money';

describe('formatPaise', () => {
  it('groups digits the Indian way and always shows two decimals', () => {
    assert.equal(formatPaise(12_345_678), '₹1,23,456.78');
    assert.equal(formatPaise(100), '₹1.00');
    assert.equal(formatPaise(5), '₹0.05');
    assert.equal(formatPaise(99_999), '₹999.99');
    assert.equal(formatPaise(100_000), '₹1,000.00');
    assert.equal(formatPaise(1_000_000_000), '₹1,00,00,000.00');
    assert.equal(formatPaise(-12_550), '-₹125.50');
  });

  it('refuses fractions of a paisa', () => {
    assert.throws(() => formatPaise(10.5), RangeError);
  });
});

describe('parseRupees', () => {
  it('reads what a cashier types into whole paise', () => {
    assert.deepEqual(parseRupees('1250'), { ok: true, paise: 125_000 });
    assert.deepEqual(parseRupees('1,250.5'), { ok: true, paise: 125_050 });
    assert.deepEqual(parseRupees(' ₹ 1250.05 '), { ok: true, paise: 125_005 });
    assert.deepEqual(parseRupees('0.10'), { ok: true, paise: 10 });
  });

  it('never goes through floating point, even for amounts floats get wrong', () => {
    assert.deepEqual(parseRupees('1.15'), { ok: true, paise: 115 });
    assert.deepEqual(parseRupees('4.35'), { ok: true, paise: 435 });
  });

  it('refuses letters, signs, extra decimals and empty input with a message', () => {
    for (const bad of ['', '12a', 'abc', '-5', '1.234', '1e3', '12.', '.5', '0x10']) {
      const parsed = parseRupees(bad);
      assert.equal(parsed.ok, false, `"${bad}" should be refused`);
      if (!parsed.ok) assert.ok(parsed.message.length > 10);
    }
  });

  it('refuses an absurdly large amount', () => {
    const parsed = parseRupees('99999999');
    assert.equal(parsed.ok, false);
    assert.deepEqual(parseRupees(String(MAX_CASH_PAISE / 100)), { ok: true, paise: MAX_CASH_PAISE });
  });
});
