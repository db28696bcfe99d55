import { saveBillerRules } from '../electron/core/rules/billerRulesStore';
import { defaultBillerRules } from '../shared/amountRules';
import { PEOPLE } from '../electron/core/testing/seedCounter';
import { findBill, LANGUAGES, openSupervisorSection, speak, takePayment } from './harness/counterSteps';
import { expect, test } from './harness/rokadTest';

const SUPERVISOR = { id: 'meena.s', pin: '2468' };
const AGENT = { id: 'ravi.k', pin: '1357' };

const say = {
  en: { notSupervisor: /Only a supervisor can approve this/, duplicate: /DUPLICATE copy 2/, voided: /is void: give back ₹410\.00/, trainingOn: /Training is ON/ },
  hi: { notSupervisor: /इसकी मंज़ूरी केवल सुपरवाइज़र दे सकते हैं/, duplicate: /DUPLICATE प्रति 2/, voided: /रद्द हुई: ₹410\.00 वापस दें/, trainingOn: /प्रशिक्षण चालू है/ },
};

for (const language of LANGUAGES) {
  test.describe(`the counter in ${language === 'hi' ? 'Hindi' : 'English'}`, () => {
    test('a shift from float to Z report: payments, a cash out, a close short by ₹5.50 approved by a supervisor; the report equals the ledger', async ({ rokad }) => {
      const { page } = rokad;
      await speak(page, language);
      await rokad.screenshot(`${language}-20-counter`);
      await takePayment(page, '1234567890', '500');
      await takePayment(page, 'N3330008565', '1300');

      await page.keyboard.press('F6');
      await page.locator('#move-amount').fill('500');
      await page.locator('#move-supervisor').fill(PEOPLE.supervisor.userId);
      await page.locator('#move-supervisor-pin').fill(PEOPLE.supervisor.pin);
      await rokad.screenshot(`${language}-21-cash-out`);
      await page.keyboard.press('Enter');
      // Float ₹1,000 + ₹410 + ₹1,245.50 − ₹500 handed to the supervisor.
      await expect(page.getByTestId('move-done')).toContainText('₹2,155.50');

      await page.keyboard.press('F9');
      await expect(page.getByTestId('x-report')).toBeVisible();
      await page.getByTestId('close-N500').fill('4');
      await page.getByTestId('close-N100').fill('1');
      await page.getByTestId('close-N50').fill('1');
      await expect(page.getByTestId('close-counted')).toHaveText('₹2,150.00');
      await expect(page.getByTestId('close-difference')).toContainText('₹5.50');
      await page.locator('#close-note').fill('Change given short at 4 pm');
      await page.locator('#close-supervisor').fill(AGENT.id);
      await page.locator('#close-supervisor-pin').fill(AGENT.pin);
      await rokad.screenshot(`${language}-22-close-shift`);
      await page.locator('#close-supervisor-pin').press('Enter');
      await expect(page.getByTestId('close-error')).toHaveText(say[language].notSupervisor);
      expect(rokad.readLedger('SELECT * FROM shift_closes')).toHaveLength(0);

      await page.locator('#close-supervisor').fill(SUPERVISOR.id);
      await page.locator('#close-supervisor-pin').fill(SUPERVISOR.pin);
      await page.locator('#close-supervisor-pin').press('Enter');
      const z = page.getByTestId('z-report');
      await expect(z).toBeVisible();
      await rokad.screenshot(`${language}-23-z-report`);

      const [ledger] = rokad.readLedger<{ count: number; total: number }>(
        "SELECT count(*) AS count, sum(amount_paise) AS total FROM ledger WHERE kind = 'PAYMENT' AND training = 0",
      );
      const [close] = rokad.readLedger<{ counted_paise: number; expected_paise: number; approved_by: string }>('SELECT * FROM shift_closes');
      expect(ledger).toEqual({ count: 2, total: 165_550 });
      expect(close).toMatchObject({ counted_paise: 215_000, expected_paise: 215_550, approved_by: SUPERVISOR.id });
      await expect(z.getByTestId('report-payments')).toContainText('₹1,655.50');
      await expect(z.getByTestId('report-payments')).toContainText('2');
      await expect(z.getByTestId('report-cashOut')).toHaveText('₹500.00');
      await expect(z.getByTestId('report-expected')).toHaveText('₹2,155.50');
      await expect(z.getByTestId('report-counted')).toHaveText('₹2,150.00');
      await expect(z.getByTestId('report-difference')).toHaveText('-₹5.50');
      const audited = rokad.readLedger<{ action: string }>(
        "SELECT action FROM audit_log WHERE action IN ('SHIFT_OPEN', 'CASH_OUT', 'APPROVAL_REFUSED', 'SHIFT_CLOSE') ORDER BY seq",
      );
      expect(audited.map((row) => row.action)).toEqual(['SHIFT_OPEN', 'CASH_OUT', 'APPROVAL_REFUSED', 'SHIFT_CLOSE']);

      // No printer is set up in this cabin: the Z report says so, and stays on screen.
      await page.getByTestId('print-report').click();
      await expect(page.getByTestId('print-report-error')).toBeVisible();
      // The next shift starts from a fresh float count.
      await page.getByRole('button', { name: language === 'hi' ? /अगली शिफ़्ट खोलें/ : /open the next shift/ }).click();
      await expect(page.getByTestId('float-total')).toBeVisible();
    });

    test("a void needs a supervisor's PIN: the agent's own is refused, the supervisor's makes a new VOID row", async ({ rokad }) => {
      const { page } = rokad;
      await speak(page, language);
      const receiptNo = await takePayment(page, '1234567890', '410');
      await page.keyboard.press('F4');
      const row = page.getByTestId(`receipt-row-${receiptNo}`);
      await row.getByRole('button', { name: language === 'hi' ? 'रद्द करें' : 'Void' }).click();
      await page.locator('#void-reason').fill('Consumer paid twice by mistake');
      await page.locator('#void-supervisor').fill(AGENT.id);
      await page.locator('#void-supervisor-pin').fill(AGENT.pin);
      await page.locator('#void-supervisor-pin').press('Enter');
      await expect(page.getByTestId('void-error')).toHaveText(say[language].notSupervisor);
      await rokad.screenshot(`${language}-24-void-refused`);
      expect(rokad.readLedger("SELECT * FROM ledger WHERE kind = 'VOID'")).toHaveLength(0);

      await page.locator('#void-supervisor').fill(SUPERVISOR.id);
      await page.locator('#void-supervisor-pin').fill(SUPERVISOR.pin);
      await page.locator('#void-supervisor-pin').press('Enter');
      await expect(page.getByTestId('receipts-notice')).toHaveText(say[language].voided);
      await expect(row).toHaveClass(/voided/);
      await rokad.screenshot(`${language}-25-receipts-with-void`);
      expect(rokad.readLedger('SELECT kind, receipt_no, approved_by FROM ledger ORDER BY seq')).toEqual([
        { kind: 'PAYMENT', receipt_no: receiptNo, approved_by: null },
        { kind: 'VOID', receipt_no: null, approved_by: SUPERVISOR.id },
      ]);
    });

    test('a reprint is queued as DUPLICATE with its count, and each reprint is logged', async ({ rokad }) => {
      const { page } = rokad;
      await speak(page, language);
      const receiptNo = await takePayment(page, 'N3330008565', '1245.50');
      await page.keyboard.press('F4');
      const reprint = page.getByTestId(`receipt-row-${receiptNo}`).getByRole('button', { name: language === 'hi' ? 'दोबारा छापें' : 'Reprint' });
      await reprint.click();
      await expect(page.getByTestId('receipts-error').or(page.getByTestId('receipts-notice'))).toBeVisible();
      await reprint.click();
      await expect(page.getByTestId('receipts-notice').or(page.getByTestId('receipts-error'))).toBeVisible();
      await expect.poll(() => rokad.readLedger("SELECT * FROM audit_log WHERE action = 'REPRINT'").length).toBe(2);
      expect(rokad.readLedger("SELECT copy, reprint FROM print_jobs WHERE copy = 'DUPLICATE' ORDER BY reprint")).toEqual([
        { copy: 'DUPLICATE', reprint: 1 },
        { copy: 'DUPLICATE', reprint: 2 },
      ]);
      await rokad.screenshot(`${language}-26-reprint`);
    });

    test('F12 locks the screen when the agent steps away; only their own PIN opens it again', async ({ rokad }) => {
      const { page } = rokad;
      await speak(page, language);
      await page.keyboard.press('F12');
      await expect(page.locator('#unlock-pin')).toBeFocused();
      await page.keyboard.type(SUPERVISOR.pin);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('error')).toBeVisible();
      await rokad.screenshot(`${language}-15-locked`);
      await page.locator('#unlock-pin').fill(AGENT.pin);
      await page.keyboard.press('Enter');
      await expect(page.locator('#consumer-no')).toBeFocused();
      const actions = rokad.readLedger<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('LOCK', 'FAILED_PIN') ORDER BY seq");
      expect(actions.map((row) => row.action)).toEqual(['LOCK', 'FAILED_PIN']);
    });

    test('training payments are stamped TRAINING and left out of the shift totals', async ({ rokad }) => {
      const { page } = rokad;
      await speak(page, language);
      await openSupervisorSection(page, 'training');
      await page.locator('#training-supervisor').fill(SUPERVISOR.id);
      await page.locator('#training-supervisor-pin').fill(SUPERVISOR.pin);
      await page.locator('#training-supervisor-pin').press('Enter');
      await expect(page.getByTestId('training-toggle')).toContainText(say[language].trainingOn);
      await expect(page.locator('.training-badge')).toBeVisible();
      await rokad.screenshot(`${language}-27-training-on`);

      await page.keyboard.press('F2');
      await findBill(page, '1234567890');
      await page.keyboard.type('410');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('receipt-no')).toHaveText(/^TRN-/);
      await rokad.screenshot(`${language}-28-training-payment`);
      await page.keyboard.press('Enter');

      await page.keyboard.press('F9');
      await expect(page.getByTestId('report-payments')).toContainText('₹0.00');
      expect(rokad.readLedger('SELECT training FROM ledger')).toEqual([{ training: 1 }]);
      expect(rokad.readLedger('SELECT * FROM outbox')).toHaveLength(0);
    });
  });
}

test.describe('each amount rule refuses with a clear message and records nothing', () => {
  const cases = [
    { rule: 'the largest cash payment', rules: { maxPaise: 100_000 }, consumerNo: 'N3330008565', cash: '1245.50', message: 'Cash above ₹1,000.00 a bill is not allowed' },
    { rule: 'the smallest cash payment', rules: { minPaise: 50_000 }, consumerNo: '1234567890', cash: '410', message: 'The smallest cash payment is ₹500.00.' },
    { rule: 'exact or above', rules: { exactness: 'EXACT_AND_ABOVE' }, consumerNo: '1234567890', amount: '400', cash: '400', message: 'Pay at least the bill amount ₹410.00' },
    { rule: 'exact or below', rules: { exactness: 'EXACT_AND_BELOW' }, consumerNo: '1234567890', amount: '420', cash: '420', message: 'Pay at most the bill amount ₹410.00' },
  ] as const;
  for (const c of cases) {
    test(c.rule, async ({ rokad }) => {
      const { page } = rokad;
      saveBillerRules(rokad.services.db, { ...defaultBillerRules, ...c.rules });
      await page.keyboard.type(c.consumerNo);
      await page.keyboard.press('Enter');
      if ('amount' in c) await page.locator('#amount').fill(c.amount);
      await page.locator('#cash').fill(c.cash);
      await page.locator('#cash').press('Enter');
      await expect(page.getByTestId('error')).toContainText(c.message);
      expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(0);
    });
  }

  test("the consumer's daily cash limit counts today's earlier payments", async ({ rokad }) => {
    const { page } = rokad;
    saveBillerRules(rokad.services.db, { ...defaultBillerRules, dailyLimitPaise: 150_000 });
    await takePayment(page, 'N3330008565', '1245.50');
    await page.keyboard.type('N3330008565');
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-repeat').check();
    await page.locator('#cash').fill('1245.50');
    await page.locator('#cash').press('Enter');
    await expect(page.getByTestId('error')).toContainText('This consumer has paid ₹1,245.50 in cash today; the limit is ₹1,500.00 a day, so at most ₹254.50 more.');
    await rokad.screenshot('29-daily-limit');
    expect(rokad.readLedger('SELECT * FROM ledger')).toHaveLength(1);
  });

  test('in Hindi the refusal is in Hindi with the same figures', async ({ rokad }) => {
    const { page } = rokad;
    saveBillerRules(rokad.services.db, { ...defaultBillerRules, maxPaise: 100_000 });
    await speak(page, 'hi');
    await findBill(page, 'N3330008565');
    await page.keyboard.type('1245.50');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('error')).toContainText('एक बिल पर ₹1,000.00 से ज़्यादा नकद नहीं लिया जा सकता');
    await rokad.screenshot('hi-29-cash-limit');
  });
});

test('two quick Enters on a cash move record it once; a refusal puts the cursor back in the amount', async ({ rokad }) => {
  const { page } = rokad;
  await page.keyboard.press('F6');
  const amount = page.locator('#move-amount');
  await expect(amount).toBeFocused();
  await page.getByTestId('cash-move').locator('button.primary').click();
  await expect(page.getByTestId('move-error')).toHaveText('Enter the cash amount.');
  await expect(amount).toBeFocused();

  await page.locator('#move-supervisor').fill(PEOPLE.supervisor.userId);
  await page.locator('#move-supervisor-pin').fill(PEOPLE.supervisor.pin);
  await amount.fill('200');
  // Sent together, as a fast double press: the second Enter lands while the first is still with the core.
  await Promise.all([page.keyboard.press('Enter'), page.keyboard.press('Enter')]);
  await expect(page.getByTestId('move-done')).toContainText('₹800.00');
  expect(rokad.readLedger('SELECT direction, amount_paise FROM cash_moves')).toEqual([{ direction: 'OUT', amount_paise: 20_000 }]);
});
