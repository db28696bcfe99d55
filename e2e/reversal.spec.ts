import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../gateway/testing/testGateway';
import { formatPaise } from '../shared/money';
import { indiaDate } from '../shared/time';
import { LANGUAGES, takePayment } from './harness/counterSteps';
import { exactCash, registerCabinAsSupervisor, syncNow, unpaidBills, voidFromReceipts } from './harness/gatewayCabin';
import { expect, test, type RokadApp } from './harness/rokadTest';
import { screenshotAtCabinSizes } from './harness/screenSizes';

test.use({ counterOpen: false });

const TOP_UP = 5_000_000;
const COMMISSION = 500;

let gateway: TestGateway;
let gatewayDir: ReturnType<typeof tempDataDir>;

test.beforeEach(async () => {
  gatewayDir = tempDataDir('rokad-e2e-gateway-');
  gateway = await startTestGateway(gatewayDir.dir, { today: indiaDate(new Date()), consumers: 50, topUpPaise: TOP_UP });
});

test.afterEach(async () => {
  await gateway.close();
  gatewayDir.remove();
});

const say = {
  en: {
    voided: /The company already has this payment: a request to reverse it goes to the company/,
    stillDebited: (amount: string) => `${amount} of these voids is still debited from the wallet`,
    credited: (amount: string) => `${amount} credited back to the wallet for accepted reversals.`,
    refused: (amount: string) => `The company refused 1 reversal (${amount})`,
    accepted: (amount: string) => `Reversal accepted: ${amount} back in the wallet`,
  },
  hi: {
    voided: /यह भुगतान कंपनी तक पहुँच चुका है: उसे वापस लेने का अनुरोध कंपनी को जाएगा/,
    stillDebited: (amount: string) => `इन रद्द भुगतानों के ${amount} अभी भी वॉलेट से कटे हुए हैं`,
    credited: (amount: string) => `मंज़ूर हुई वापसी पर ${amount} वॉलेट में लौटे।`,
    refused: (amount: string) => `कंपनी ने 1 वापसी नामंज़ूर की (${amount})`,
    accepted: (amount: string) => `वापसी मंज़ूर: ${amount} वॉलेट में लौटे`,
  },
};

/** One sync round from the panel, waited for by what it leaves in the ledger file. */
async function syncUntil(rokad: RokadApp, query: string, expected: unknown) {
  await syncNow(rokad);
  await expect.poll(() => rokad.readLedger(query)).toEqual(expected);
}

const reversalStates = 'SELECT state FROM reversal_requests ORDER BY created_at, client_txn_id';

for (const language of LANGUAGES) {
  test(`a void after the upload asks the company to reverse it; F4 and the day report follow it to accepted or refused, and the wallet is credited back (${language})`, async ({
    rokad,
  }) => {
    test.setTimeout(90_000);
    const { page } = rokad;
    await registerCabinAsSupervisor(rokad, gateway, language);
    const [first, second] = unpaidBills(gateway, 2) as [ReturnType<typeof unpaidBills>[0], ReturnType<typeof unpaidBills>[0]];
    const firstNo = await takePayment(page, first.consumer_no, exactCash(first));
    const secondNo = await takePayment(page, second.consumer_no, exactCash(second));
    await syncUntil(rokad, "SELECT count(*) AS n FROM outbox WHERE state = 'SUCCESS'", [{ n: 2 }]);

    // The consumer gets the cash back at once; the company is asked to give the wallet its debit back.
    await voidFromReceipts(rokad, firstNo, 'Consumer paid twice by mistake');
    await expect(page.getByTestId('receipts-notice')).toHaveText(say[language].voided);
    await voidFromReceipts(rokad, secondNo, 'Wrong consumer number typed');
    await expect(page.getByTestId(`reversal-${firstNo}`)).toHaveAttribute('data-state', 'WAITING');
    await syncUntil(rokad, reversalStates, [{ state: 'REQUESTED' }, { state: 'REQUESTED' }]);
    const cases = gateway.store.openReversals();
    expect(cases.map((c) => c.reason)).toEqual(['Consumer paid twice by mistake', 'Wrong consumer number typed']);
    await page.keyboard.press('F2');
    await page.keyboard.press('F4');
    await expect(page.getByTestId(`reversal-${firstNo}`)).toHaveAttribute('data-state', 'REQUESTED');
    await expect(page.getByTestId(`reversal-${firstNo}`)).toContainText(cases[0]!.case_id);
    await screenshotAtCabinSizes(page, `${language}-55-receipts-reversal-requested`);

    // Until the company decides, the day report says how much of the wallet the voids still hold.
    const firstCredit = first.amount_by_due_paise - COMMISSION;
    const secondCredit = second.amount_by_due_paise - COMMISSION;
    await page.keyboard.press('F7');
    await expect(page.getByTestId('day-reversals-still-debited')).toContainText(say[language].stillDebited(formatPaise(firstCredit + secondCredit)));
    await page.getByTestId('day-reversals').scrollIntoViewIfNeeded();
    await screenshotAtCabinSizes(page, `${language}-56-day-reversals-requested`);

    gateway.store.decideReversal(cases[0]!.case_id, 'ACCEPTED', 'Cash returned at the cabin');
    gateway.store.decideReversal(cases[1]!.case_id, 'REFUSED', 'Posted to the consumer account already');
    await page.keyboard.press('F2');
    await syncUntil(rokad, reversalStates, [{ state: 'ACCEPTED' }, { state: 'REFUSED' }]);

    await page.keyboard.press('F4');
    await expect(page.getByTestId(`reversal-${firstNo}`)).toContainText(say[language].accepted(formatPaise(firstCredit)));
    await expect(page.getByTestId(`reversal-${secondNo}`)).toHaveAttribute('data-state', 'REFUSED');
    await expect(page.getByTestId(`reversal-${secondNo}`)).toContainText('Posted to the consumer account already');
    await screenshotAtCabinSizes(page, `${language}-57-receipts-reversal-decided`);

    await page.keyboard.press('F7');
    await expect(page.getByTestId('day-reversals-credited')).toContainText(say[language].credited(formatPaise(firstCredit)));
    await expect(page.getByTestId('day-reversals-refused')).toContainText(say[language].refused(formatPaise(second.amount_by_due_paise)));
    await expect(page.getByTestId('day-reversals-still-debited')).toHaveCount(0);
    await expect(page.getByTestId(`day-reversal-${firstNo}`)).toHaveAttribute('data-state', 'ACCEPTED');
    await page.getByTestId('day-reversals').scrollIntoViewIfNeeded();
    await screenshotAtCabinSizes(page, `${language}-58-day-reversals-decided`);

    // The first payment is as if never made; the second stays the company's.
    const balance = TOP_UP - second.amount_by_due_paise + COMMISSION;
    expect(gateway.store.wallet(TEST_AGENT).balance).toBe(balance);
    await page.keyboard.press('F2');
    await expect(page.getByTestId('wallet')).toContainText(formatPaise(balance));
  });
}
