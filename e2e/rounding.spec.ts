import { layoutReceipt } from '../electron/core/printing/layoutReceipt';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { startTestGateway, type TestGateway } from '../gateway/testing/testGateway';
import { formatPaise } from '../shared/money';
import { indiaDate } from '../shared/time';
import { LANGUAGES } from './harness/counterSteps';
import { registerCabinAsSupervisor, syncNow, unpaidBills } from './harness/gatewayCabin';
import { expect, test } from './harness/rokadTest';
import { screenshotAtCabinSizes } from './harness/screenSizes';

test.use({ counterOpen: false });

let gateway: TestGateway;
let gatewayDir: ReturnType<typeof tempDataDir>;

test.beforeEach(async () => {
  gatewayDir = tempDataDir('rokad-e2e-gateway-');
  // The reference gateway's rule: change to the nearest rupee.
  gateway = await startTestGateway(gatewayDir.dir, { today: indiaDate(new Date()), consumers: 50, topUpPaise: 5_000_000 });
});

test.afterEach(async () => {
  await gateway.close();
  gatewayDir.remove();
});

const say = {
  en: (exact: string, rounding: string) => `Exactly ${exact}: rounded down by ${rounding}, as the company rules; no paise coins needed.`,
  hi: (exact: string, rounding: string) => `ठीक ${exact}: कंपनी के नियम से ${rounding} घटाकर पूरा किया गया; पैसे के सिक्कों की ज़रूरत नहीं।`,
};

for (const language of LANGUAGES) {
  test(`the change is rounded to the rupee by the gateway's rule; ledger, receipt, upload and drawer agree to the paisa and the drawer closes without a difference (${language})`, async ({
    rokad,
  }) => {
    const { page, services } = rokad;
    await registerCabinAsSupervisor(rokad, gateway, language);
    // A bill whose exact change from whole notes has fewer than 50 paise: rounded down, the drawer keeps them.
    const bill = unpaidBills(gateway, 50).find((b) => b.amount_by_due_paise % 100 > 50)!;
    const cash = Math.ceil(bill.amount_by_due_paise / 10_000) * 10_000;
    const exact = cash - bill.amount_by_due_paise;
    const rounding = exact % 100;
    const given = exact - rounding;

    await page.keyboard.press('F2');
    await page.keyboard.type(bill.consumer_no);
    await page.keyboard.press('Enter');
    await expect(page.locator('#cash')).toBeFocused();
    await page.keyboard.type(String(cash / 100));
    await expect(page.getByTestId('change-due')).toHaveText(formatPaise(given));
    await expect(page.getByTestId('change-rounding')).toHaveText(say[language](formatPaise(exact), formatPaise(rounding)));
    await screenshotAtCabinSizes(page, `${language}-60-cash-step-rounded`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('change-given')).toHaveText(formatPaise(given));
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
    await page.keyboard.press('Enter');

    const [row] = rokad.readLedger<{ amount_paise: number; tendered_paise: number; change_paise: number; change_rounding_paise: number }>(
      "SELECT amount_paise, tendered_paise, change_paise, change_rounding_paise FROM ledger WHERE kind = 'PAYMENT'",
    );
    expect(row).toEqual({ amount_paise: bill.amount_by_due_paise, tendered_paise: cash, change_paise: exact, change_rounding_paise: rounding });

    // The receipt (queued: no printer in this cabin) prints the exact change, the rounding and what was handed back.
    const job = services.receipts.pending().find((queued) => queued.receiptNo === receiptNo)!;
    const printed = layoutReceipt(services.receipts.jobRecord(job.id)).flatMap((block) => (block.kind === 'row' ? [`${block.label}: ${block.value}`] : []));
    expect(printed).toEqual(
      expect.arrayContaining([
        `सटीक वापसी / Exact change: ${formatPaise(exact)}`,
        `पूर्णांकन / Rounding: −${formatPaise(rounding)}`,
        `दी गई वापसी / Change given: ${formatPaise(given)}`,
      ]),
    );

    // The upload carries the same figure; the wallet is debited the bill, to the paisa.
    await syncNow(rokad);
    await expect.poll(() => rokad.readLedger('SELECT state FROM outbox')).toEqual([{ state: 'SUCCESS' }]);
    expect(gateway.store.db.prepare('SELECT amount_paise, change_rounding_paise FROM payments').get()).toEqual({
      amount_paise: bill.amount_by_due_paise,
      change_rounding_paise: rounding,
    });

    // The drawer: the float, the bill and the paise kept; counted in notes, it matches and closes without a supervisor.
    await page.keyboard.press('F9');
    const x = page.getByTestId('x-report');
    await expect(x.getByTestId('report-rounding')).toHaveText(formatPaise(rounding));
    const expected = 100_000 + bill.amount_by_due_paise + rounding;
    expect(expected % 100).toBe(0);
    await expect(x.getByTestId('report-expected')).toHaveText(formatPaise(expected));
    await page.getByTestId('close-N500').fill(String(Math.floor(expected / 50_000)));
    await page.getByTestId('close-N100').fill(String(Math.floor((expected % 50_000) / 10_000)));
    await page.getByTestId('close-C1').fill(String((expected % 10_000) / 100));
    await expect(page.getByTestId('close-difference')).toHaveText(language === 'hi' ? 'दराज़ का हिसाब मिल गया।' : 'The drawer matches.');
    await screenshotAtCabinSizes(page, `${language}-61-close-rounded`);
    await page.getByTestId('close-shift').locator('button[type="submit"]').click();
    await expect(page.getByTestId('z-report').getByTestId('report-difference')).toHaveText(formatPaise(0));
  });
}
