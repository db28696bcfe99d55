import { findBill, LANGUAGES, speak } from './harness/counterSteps';
import { CABIN_CODE, expect, test } from './harness/rokadTest';

interface StoredPayment {
  receipt_no: string;
  consumer_no: string;
  bill_number: string;
  amount_paise: number;
  tendered_paise: number;
  change_paise: number;
  hash: string;
}

test('an agent takes a cash payment with the keyboard alone, and it is in the ledger file', async ({ rokad }) => {
  const { page } = rokad;
  await expect(page.getByTestId('cabin-code')).toHaveText(CABIN_CODE);
  await rokad.screenshot('01-lookup');

  // A barcode scanner types the number and presses Enter, just like this.
  await page.keyboard.type('N3330008565');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('amount-due')).toHaveText('₹1,245.50');
  await expect(page.getByTestId('bill')).toContainText('रमेश कुमार शर्मा');
  await page.keyboard.type('1300');
  // The change shows while the figure is typed, so it is counted out before Enter.
  await expect(page.getByTestId('change-due')).toHaveText('₹54.50');
  await rokad.screenshot('02-bill-and-cash');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('done')).toBeVisible();
  await expect(page.getByTestId('receipt-no')).toHaveText(`${CABIN_CODE}-000001`);
  await expect(page.getByTestId('change-given')).toHaveText('₹54.50');
  await rokad.screenshot('04-recorded');

  const rows = rokad.readLedger<StoredPayment>('SELECT * FROM ledger');
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    receipt_no: `${CABIN_CODE}-000001`,
    consumer_no: 'N3330008565',
    bill_number: 'B2611-000451',
    amount_paise: 124_550,
    tendered_paise: 130_000,
    change_paise: 5_450,
  });

  // Enter starts the next consumer, with the number field ready for the scanner.
  await page.keyboard.press('Enter');
  await expect(page.locator('#consumer-no')).toBeFocused();
});

test('the usual exact-cash payment takes the cash figure and two Enter presses after the consumer number', async ({ rokad }) => {
  const { page } = rokad;
  await page.keyboard.type('N3330008565');
  await page.evaluate(() => {
    const counted = { keys: [] as string[] };
    (window as unknown as { __keys: typeof counted }).__keys = counted;
    window.addEventListener('keydown', (event) => counted.keys.push(event.key), { capture: true });
  });
  const cashFigure = '1245.50';
  // A fast cashier types the figure while the bill is still being fetched; nothing is lost.
  await page.keyboard.press('Enter');
  await page.keyboard.type(cashFigure);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('done')).toBeVisible();

  const keys = await page.evaluate(() => (window as unknown as { __keys: { keys: string[] } }).__keys.keys);
  expect(keys.length).toBeLessThanOrEqual(cashFigure.length + 2);
  expect(keys.filter((key) => key === 'Enter')).toHaveLength(2);
  expect(rokad.readLedger<StoredPayment>('SELECT * FROM ledger')).toMatchObject([{ amount_paise: 124_550, change_paise: 0 }]);
});

for (const language of LANGUAGES) {
  test(`a large change asks once more before recording, and Esc goes back to the cash (${language})`, async ({ rokad }) => {
    const { page } = rokad;
    await speak(page, language);
    await findBill(page, 'N3330008565');
    await page.keyboard.type('5000');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('confirm-change')).toHaveText('₹3,754.50');
    await rokad.screenshot(`${language}-03-large-change`);
    expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('#cash')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('done')).toBeVisible();
    expect(rokad.readLedger<StoredPayment>('SELECT * FROM ledger')).toMatchObject([{ tendered_paise: 500_000, change_paise: 375_450 }]);
  });
}

test('notes tapped in are the cash figure, and the drawer learns which notes came in', async ({ rokad }) => {
  const { page } = rokad;
  await page.keyboard.type('1234567890');
  await page.keyboard.press('Enter');
  await page.getByTestId('tap-N200').click();
  await page.getByTestId('tap-N200').click();
  await page.getByTestId('tap-N50').click();
  await expect(page.locator('#cash')).toHaveValue('450');
  await expect(page.getByTestId('change-due')).toHaveText('₹40.00');
  await rokad.screenshot('07-tapped-notes');
  await page.locator('#cash').press('Enter');
  await expect(page.getByTestId('done')).toBeVisible();
  const [row] = rokad.readLedger<{ cash_received: string }>('SELECT cash_received FROM ledger');
  expect(JSON.parse(row?.cash_received ?? '{}')).toEqual({ N200: 2, N50: 1 });
});

test('a second payment for the same bill shows the first receipt and needs a tick', async ({ rokad }) => {
  const { page } = rokad;
  for (const attempt of [1, 2]) {
    await findBill(page, '1234567890');
    await page.keyboard.type('410');
    if (attempt === 2) {
      await expect(page.getByTestId('already-paid')).toContainText(`${CABIN_CODE}-000001`);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('error')).toContainText(`already paid on receipt ${CABIN_CODE}-000001`);
      await rokad.screenshot('08-repeat-payment');
      expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(1);
      await page.getByTestId('confirm-repeat').check();
      await page.locator('#cash').press('Enter');
    } else {
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('done')).toBeVisible();
    await page.keyboard.press('Enter');
  }
  expect(rokad.readLedger('SELECT receipt_no FROM ledger')).toEqual([{ receipt_no: `${CABIN_CODE}-000001` }, { receipt_no: `${CABIN_CODE}-000002` }]);
});

test('a figure and Enter typed while the bill is fetched take the payment once the bill shows, with every check an Enter gets', async ({ rokad }) => {
  const { page, core } = rokad;
  // The lookup is held back, as a slow connection to the company's server would hold it.
  const lookUp = core.handlers['bills.lookup'];
  const holdLookUp = () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    core.handlers['bills.lookup'] = async (input, caller) => {
      await held;
      return lookUp(input, caller);
    };
    return release;
  };
  const typeAheadOfTheBill = async (figure: string) => {
    const release = holdLookUp();
    await page.keyboard.type('1234567890');
    await page.keyboard.press('Enter');
    await page.keyboard.type(figure);
    await page.keyboard.press('Enter');
    expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(0);
    release();
  };

  // Short of the ₹410 bill: refused on the cash step, as the cashier's own Enter would be.
  await typeAheadOfTheBill('400');
  await expect(page.getByTestId('error')).toContainText('Cash received ₹400.00 is less than the ₹410.00 due');
  await expect(page.locator('#cash')).toHaveValue('400');
  expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(0);

  await page.keyboard.press('Escape');
  await typeAheadOfTheBill('500');
  await expect(page.getByTestId('done')).toBeVisible();
  await expect(page.getByTestId('done')).toContainText('₹90.00');
  expect(rokad.readLedger('SELECT tendered_paise, change_paise FROM ledger')).toEqual([{ tendered_paise: 50_000, change_paise: 9_000 }]);
});

test('Esc steps back without recording anything', async ({ rokad }) => {
  const { page } = rokad;
  await page.keyboard.type('1234567890');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('amount-due')).toHaveText('₹410.00');
  await page.keyboard.type('500');
  await expect(page.getByTestId('change-due')).toHaveText('₹90.00');
  await page.keyboard.press('Escape');
  await expect(page.locator('#consumer-no')).toBeFocused();
  expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(0);
});

test('a past-due bill asks for the after-due amount from the bill data', async ({ rokad }) => {
  const { page } = rokad;
  await page.keyboard.type('N3330012277');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('amount-due')).toHaveText('₹872.90');
  await expect(page.getByTestId('bill')).toContainText('Past due');
});

for (const language of LANGUAGES) {
  test(`a consumer without the bill in hand is found by name with F3 (${language})`, async ({ rokad }) => {
    const { page } = rokad;
    await speak(page, language);
    await page.keyboard.press('F3');
    await expect(page.locator('#consumer-search')).toBeFocused();
    await page.keyboard.type('Anjali');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Anjali Patel/ }).click();
    await expect(page.getByTestId('bill')).toContainText('N3330099001');
    await rokad.screenshot(`${language}-09-found-by-name`);
  });
}

test.describe('bad input gets a clear message and records nothing', () => {
  test('a consumer number that matches no bill', async ({ rokad }) => {
    const { page } = rokad;
    await page.keyboard.type('N9999999999');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('error')).toHaveText('No bill found for consumer number N9999999999. Check the number on the bill and try again.');
    await rokad.screenshot('05-no-bill');
    expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(0);
  });

  const cashCases: Array<[string, string, RegExp]> = [
    ['cash below the amount due', '1000', /Cash received ₹1,000\.00 is less than the ₹1,245\.50 due\./],
    ['letters in the amount', '12OO', /digits only/],
    ['an absurdly large amount', '99999999', /too large/],
    ['nothing at all', '', /Enter the cash amount/],
  ];
  for (const [what, typed, message] of cashCases) {
    test(what, async ({ rokad }) => {
      const { page } = rokad;
      await page.keyboard.type('N3330008565');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('amount-due')).toBeVisible();
      if (typed) await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('error')).toHaveText(message);
      await expect(page.locator('#cash')).toBeVisible();
      if (what === 'cash below the amount due') await rokad.screenshot('06-cash-short');
      expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(0);
    });
  }

  test('a payload that breaks the schema, sent by a page straight to the handler', async ({ rokad }) => {
    const result = await rokad.page.evaluate(() =>
      window.api.invoke('payments.record', {
        clientTxnId: crypto.randomUUID(),
        consumerNo: 'N3330008565',
        billNumber: 'B2611-000451',
        amountPaise: -124_550,
        tenderedPaise: 0,
      }),
    );
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'An amount cannot be negative.' } });
    const unknown = await rokad.page.evaluate(() => (window.api.invoke as (c: string, i: unknown) => Promise<unknown>)('ledger.delete', {}));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(0);
  });
});

test('recording the same payment twice (a double Enter, a retry) keeps one row', async ({ rokad }) => {
  const request = {
    clientTxnId: '6f1c1f7e-2b0a-4a55-9d0e-4f5c1c7b9a10',
    consumerNo: 'N3330008565',
    billNumber: 'B2611-000451',
    amountPaise: 124_550,
    tenderedPaise: 124_550,
  };
  const [first, second] = await rokad.page.evaluate((input) => Promise.all([window.api.invoke('payments.record', input), window.api.invoke('payments.record', input)]), request);
  expect(first).toMatchObject({ ok: true });
  expect(second).toMatchObject({ ok: true });
  expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(1);
});
