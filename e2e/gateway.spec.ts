import { startTestGateway, TEST_AGENT, type TestGateway } from '../gateway/testing/testGateway';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { OPENING_FLOAT, PEOPLE, seedPeople } from '../electron/core/testing/seedCounter';
import { setSetting } from '../electron/core/settings/settings';
import { formatPaise } from '../shared/money';
import { indiaDate } from '../shared/time';
import { openSupervisorSection, speak, takePayment, type Language } from './harness/counterSteps';
import { expect, test, type RokadApp } from './harness/rokadTest';

test.use({ counterOpen: false });

let gateway: TestGateway;
let gatewayDir: ReturnType<typeof tempDataDir>;
/** How far the company's clock is from this PC's; a test moves it to make the PC's clock wrong. */
let gatewayClockOffsetMs = 0;

test.beforeEach(async () => {
  gatewayDir = tempDataDir('rokad-e2e-gateway-');
  gatewayClockOffsetMs = 0;
  gateway = await startTestGateway(gatewayDir.dir, {
    today: indiaDate(new Date()),
    consumers: 50,
    topUpPaise: 5_000_000,
    now: () => new Date(Date.now() + gatewayClockOffsetMs),
  });
});

test.afterEach(async () => {
  await gateway.close();
  gatewayDir.remove();
});

/** The supervisor signs in with a shift open and registers the cabin from F10; returns an unpaid bill of the zone. */
async function registerAsSupervisor(rokad: RokadApp, language: Language) {
  const { page, services } = rokad;
  seedPeople(services);
  // These tests make the company refuse a payment after the cash was taken: the receipt must not
  // upload it at once (awaitApproval), so it waits for the round the test asks for.
  setSetting(services.db, 'approval_wait_ms', '0');
  const supervisor = services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
  services.shifts.open(supervisor, OPENING_FLOAT);
  await page.reload();
  await expect(page.locator('#consumer-no')).toBeFocused();
  await speak(page, language);
  await openSupervisorSection(page, 'gateway');
  await page.locator('#gateway-url').fill(gateway.url);
  await page.locator('#registration-code').fill(gateway.store.issueRegistrationCode(TEST_AGENT));
  await page.getByTestId('gateway-panel').getByRole('button').click();
  await expect(page.getByTestId('gateway-panel')).toContainText(TEST_AGENT);
  return gateway.store.db
    .prepare('SELECT consumer_no, amount_by_due_paise FROM bills WHERE due_date >= ? AND paid_by_txn IS NULL ORDER BY consumer_no LIMIT 1')
    .get(indiaDate(new Date())) as { consumer_no: string; amount_by_due_paise: number };
}

for (const language of ['en', 'hi'] as const) {
  test(`a supervisor registers the cabin, a bill comes online, the payment uploads and the wallet shows it (${language})`, async ({ rokad }) => {
    const { page } = rokad;
    const bill = await registerAsSupervisor(rokad, language);
    await rokad.screenshot(`${language}-30-gateway-registered`);
    await page.keyboard.press('F2');
    await page.keyboard.type(bill.consumer_no);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('amount-due')).toHaveText(formatPaise(bill.amount_by_due_paise));
    await expect(page.getByTestId('bill')).toBeVisible();
    await rokad.screenshot(`${language}-31-online-bill`);
    await page.keyboard.press('Escape');
    const due = (bill.amount_by_due_paise / 100).toFixed(2);
    await takePayment(page, bill.consumer_no, due);

    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect(page.getByTestId('sync-panel')).toContainText(language === 'hi' ? '0 भुगतान अपलोड होना बाकी' : '0 payments waiting to upload');
    // ₹50,000 topped up, the bill debited, ₹5 commission credited.
    const balance = 5_000_000 - bill.amount_by_due_paise + 500;
    await expect(page.getByTestId('wallet')).toContainText(formatPaise(balance));
    await rokad.screenshot(`${language}-32-synced-wallet`);
    expect(gateway.store.wallet(TEST_AGENT).balance).toBe(balance);

    // The day report asks the company for the wallet's movements: only it knows the top-ups.
    await page.keyboard.press('F7');
    await expect(page.getByTestId('wallet-TOPUP')).toContainText('₹50,000.00');
    await expect(page.getByTestId('wallet-COMMISSION')).toContainText('₹5.00');
    await page.getByTestId('wallet-movements').scrollIntoViewIfNeeded();
    await rokad.screenshot(`${language}-45-day-wallet`);
  });
}

for (const language of ['en', 'hi'] as const) {
  test(`a payment the company refuses is refunded by the supervisor with a slip, as a new ledger row (${language})`, async ({ rokad }) => {
    const { page } = rokad;
    const bill = await registerAsSupervisor(rokad, language);
    const receiptNo = await takePayment(page, bill.consumer_no, (bill.amount_by_due_paise / 100).toFixed(2));
    // Someone paid the same bill elsewhere before this cabin's upload reached the company.
    gateway.store.db.prepare("UPDATE bills SET paid_by_txn = 'ELSEWHERE' WHERE consumer_no = ?").run(bill.consumer_no);
    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect(page.getByTestId('sync-panel')).toContainText(language === 'hi' ? '1 अस्वीकार' : '1 refused');

    await page.keyboard.press('F10');
    const exception = page.getByTestId(`exception-${receiptNo}`);
    // Why, as a sentence in the screen's language: never the gateway's code.
    await expect(exception).toContainText(language === 'hi' ? `उपभोक्ता ${bill.consumer_no} का यह बिल कहीं और पहले ही जमा हो चुका था।` : 'was already paid.');
    await expect(exception).not.toContainText('BILL_ALREADY_PAID');
    await exception.getByRole('button', { name: language === 'hi' ? 'उपभोक्ता को रिफ़ंड' : 'Refund the consumer' }).click();
    await page.locator('#refund-reason').fill('Bill already paid at another counter');
    await page.locator('#exception-supervisor').fill(PEOPLE.supervisor.userId);
    await page.locator('#exception-supervisor-pin').fill(PEOPLE.supervisor.pin);
    await rokad.screenshot(`${language}-33-refund`);
    await page.locator('#exception-supervisor-pin').press('Enter');
    await expect(page.getByTestId('exceptions-notice')).toContainText('RFD-');
    await rokad.screenshot(`${language}-34-refunded`);

    const rows = rokad.readLedger<{ kind: string; amount_paise: number }>('SELECT kind, amount_paise FROM ledger ORDER BY seq');
    expect(rows).toEqual([
      { kind: 'PAYMENT', amount_paise: bill.amount_by_due_paise },
      { kind: 'REFUND', amount_paise: bill.amount_by_due_paise },
    ]);
    expect(gateway.store.wallet(TEST_AGENT).balance).toBe(5_000_000);
  });
}

test('after a wallet top-up, payments refused for a short wallet are all sent again with one approval', async ({ rokad }) => {
  const { page } = rokad;
  await registerAsSupervisor(rokad, 'en');
  const bills = gateway.store.db
    .prepare('SELECT consumer_no, amount_by_due_paise FROM bills WHERE due_date >= ? AND paid_by_txn IS NULL ORDER BY consumer_no LIMIT 2')
    .all(indiaDate(new Date())) as Array<{ consumer_no: string; amount_by_due_paise: number }>;
  for (const bill of bills) await takePayment(page, bill.consumer_no, (bill.amount_by_due_paise / 100).toFixed(2));
  // The company's side of the wallet ran dry before this cabin's upload arrived.
  gateway.store.db.prepare('UPDATE agents SET balance_paise = 0 WHERE agent_id = ?').run(TEST_AGENT);
  await page.getByTestId('sync-panel').getByRole('button').click();
  await expect(page.getByTestId('sync-panel')).toContainText('2 refused');

  gateway.store.topUp(TEST_AGENT, 5_000_000, 'Top-up after the refusals');
  await page.keyboard.press('F10');
  await page.getByRole('button', { name: 'Retry all 2 (after a wallet top-up)' }).click();
  await page.locator('#exceptions-all-supervisor').fill(PEOPLE.supervisor.userId);
  await page.locator('#exceptions-all-supervisor-pin').fill(PEOPLE.supervisor.pin);
  await page.locator('#exceptions-all-supervisor-pin').press('Enter');
  await expect(page.getByTestId('exceptions-notice')).toContainText('2 payments will upload again');
  await page.getByTestId('sync-panel').getByRole('button').click();
  await expect(page.getByTestId('sync-panel')).toContainText('0 payments waiting to upload');
  await expect(page.getByTestId('sync-panel')).not.toContainText('refused');
  const debited = bills.reduce((sum, bill) => sum + bill.amount_by_due_paise, 0);
  expect(gateway.store.wallet(TEST_AGENT).balance).toBe(5_000_000 - debited + 2 * 500);
});

test('a payment taken while the PC’s clock ran an hour ahead is refused, and the supervisor reads why and what to do in F10', async ({ rokad }) => {
  const { page } = rokad;
  const bill = await registerAsSupervisor(rokad, 'en');
  const receiptNo = await takePayment(page, bill.consumer_no, (bill.amount_by_due_paise / 100).toFixed(2));
  gatewayClockOffsetMs = -60 * 60_000;
  await page.getByTestId('sync-panel').getByRole('button').click();
  await expect(page.getByTestId('sync-panel')).toContainText('1 refused');

  await page.keyboard.press('F10');
  const exception = page.getByTestId(`exception-${receiptNo}`);
  await expect(exception).not.toContainText('CLOCK_AHEAD');
  await expect(exception).toContainText('the PC’s clock is ahead. Set the PC’s date, time and time zone (India Standard Time) right.');
  await expect(exception).toContainText('refund the consumer and take the bill again');
  await rokad.screenshot('en-35-clock-ahead-refused');
  expect(gateway.store.wallet(TEST_AGENT).balance).toBe(5_000_000);
});
