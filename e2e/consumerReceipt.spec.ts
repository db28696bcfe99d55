import { pullState } from '../electron/core/bills/billMasterFile';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../gateway/testing/testGateway';
import { createFileNotifier } from '../gateway/notifier';
import { toRgba } from '../electron/core/printing/bitmap';
import { printedImage } from '../electron/core/printing/testing/decodeEscPos';
import { startVirtualPrinter, type VirtualPrinter } from '../electron/core/printing/testing/virtualPrinter';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { OPENING_FLOAT, PEOPLE, seedPeople } from '../electron/core/testing/seedCounter';
import { getSetting } from '../electron/core/settings/settings';
import { indiaDate } from '../shared/time';
import { openSupervisorSection, speak, takePayment, type Language } from './harness/counterSteps';
import { expect, test, type RokadApp } from './harness/rokadTest';

test.use({ counterOpen: false });

const screenshotDir = resolve(__dirname, 'artifacts/screenshots');

let gateway: TestGateway;
let gatewayDir: ReturnType<typeof tempDataDir>;
let printer: VirtualPrinter;
let messagesFile: string;

test.beforeEach(async () => {
  gatewayDir = tempDataDir('rokad-e2e-consumer-');
  messagesFile = join(gatewayDir.dir, 'messages-stand-in.jsonl');
  gateway = await startTestGateway(gatewayDir.dir, {
    today: indiaDate(new Date()),
    consumers: 50,
    topUpPaise: 5_000_000,
    server: { notifier: createFileNotifier(messagesFile) },
  });
  printer = await startVirtualPrinter();
});

test.afterEach(async () => {
  await printer.close();
  await gateway.close();
  gatewayDir.remove();
});

/** The supervisor registers the cabin from F10 with the receipt printer set; returns unpaid bills of the zone with a mobile. */
async function registerCabin(rokad: RokadApp, language: Language) {
  const { page, services } = rokad;
  seedPeople(services);
  const supervisor = services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
  services.shifts.open(supervisor, OPENING_FLOAT);
  services.receipts.saveSettings({ interface: printer.address, widthDots: 576, timeoutMs: 3_000, waitForStatus: true });
  await page.reload();
  await expect(page.locator('#consumer-no')).toBeFocused();
  await speak(page, language);
  await openSupervisorSection(page, 'gateway');
  await page.locator('#gateway-url').fill(gateway.url);
  await page.locator('#registration-code').fill(gateway.store.issueRegistrationCode(TEST_AGENT));
  await page.getByTestId('gateway-panel').getByRole('button').click();
  await expect(page.getByTestId('gateway-panel')).toContainText(TEST_AGENT);
  return gateway.store.db
    .prepare("SELECT consumer_no, amount_by_due_paise, mobile FROM bills WHERE due_date >= ? AND paid_by_txn IS NULL AND mobile <> '' ORDER BY consumer_no LIMIT 2")
    .all(indiaDate(new Date())) as Array<{ consumer_no: string; amount_by_due_paise: number; mobile: string }>;
}

/** The QR on the paper the printer got, as a phone's camera reads it. */
async function scanNextReceipt(): Promise<string> {
  const image = printedImage((await printer.nextJob()).commands);
  const text = jsQR(new Uint8ClampedArray(toRgba(image)), image.width, image.height)?.data;
  expect(text, 'the printed QR reads back').toBeTruthy();
  return text!;
}

function standInMessages(): Array<{ to: string; clientTxnId: string; text: string }> {
  if (!existsSync(messagesFile)) return [];
  return readFileSync(messagesFile, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { to: string; clientTxnId: string; text: string });
}

const tamper = (url: string) => url.replace(/c=(\w{9})(\w)/, (_all, head: string, last: string) => `c=${head}${last === '2' ? '3' : '2'}`);

for (const language of ['en', 'hi'] as const) {
  test(`a receipt anyone can check: online with its approval reference, offline with it after the upload, "no such receipt" otherwise (${language})`, async ({
    rokad,
    browser,
  }) => {
    const { page } = rokad;
    const [onlineBill, offlineBill] = await registerCabin(rokad, language);
    const words =
      language === 'hi'
        ? { approved: 'स्वीकृत है', notYet: 'अभी कंपनी तक नहीं पहुँची', noSuch: 'ऐसी कोई रसीद नहीं है।', ref: 'स्वीकृति संदर्भ' }
        : { approved: 'is approved', notYet: 'has not reached the company yet', noSuch: 'No such receipt.', ref: 'Approval reference' };
    // The consumer's phone: a browser of its own, so the counter keeps its focus.
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 780 } });
    const phone = await phoneContext.newPage();
    const open = async (url: string) => {
      await phone.goto(`${url}&lang=${language}`);
      return phone.locator('main');
    };
    const shot = (name: string) => phone.screenshot({ path: join(screenshotDir, `${language}-70-${name}.png`), fullPage: true });

    // Online: the original prints only once the gateway approved it, with its reference.
    // The consumer gives another mobile for the message: a malformed one is refused and nothing is recorded.
    await page.keyboard.press('F2');
    await page.keyboard.type(onlineBill!.consumer_no);
    await page.keyboard.press('Enter');
    await expect(page.locator('#cash')).toBeFocused();
    await page.keyboard.type((onlineBill!.amount_by_due_paise / 100).toFixed(2));
    await page.locator('#consumer-mobile').fill('12345');
    await page.locator('#consumer-mobile').press('Enter');
    await expect(page.getByRole('alert')).toContainText(language === 'hi' ? 'मोबाइल नंबर 10 अंकों का होता है' : 'A mobile number has 10 digits');
    await rokad.screenshot(`${language}-71-counter-mobile-refused`);
    expect(rokad.readLedger<{ n: number }>('SELECT count(*) AS n FROM ledger')[0]?.n).toBe(0);
    const typedMobile = onlineBill!.mobile.startsWith('9') ? '8765432109' : '9876543210';
    await page.locator('#consumer-mobile').fill(`+91 ${typedMobile.slice(0, 5)} ${typedMobile.slice(5)}`);
    await page.locator('#consumer-mobile').press('Enter');
    const onlineReceipt = (await page.getByTestId('receipt-no').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.locator('#consumer-no')).toBeFocused();
    const onlineQr = await scanNextReceipt();
    const approval = gateway.store.db.prepare('SELECT approval_ref_number FROM payments WHERE receipt_no = ?').pluck().get(onlineReceipt) as string;
    expect(approval).toMatch(/^AP/);
    const printedOnline = rokad.readLedger<{ approval_ref_number: string | null }>(
      `SELECT o.approval_ref_number FROM outbox o JOIN ledger l USING (entry_id) WHERE l.receipt_no = '${onlineReceipt}'`,
    )[0];
    expect(printedOnline?.approval_ref_number).toBe(approval);
    expect(onlineQr).toBe(`${gateway.url}/r?n=${onlineReceipt}&c=${onlineQr.split('c=')[1]}`);
    const onlinePage = await open(onlineQr);
    await expect(onlinePage).toContainText(words.approved);
    await expect(onlinePage).toContainText(approval);
    await expect(onlinePage).not.toContainText(onlineBill!.consumer_no);
    await shot('receipt-check-approved');

    await expect.poll(() => rokad.readLedger<{ status: string }>(`SELECT status FROM print_jobs WHERE receipt_no = '${onlineReceipt}'`)[0]?.status).toBe('PRINTED');

    // Offline: printed without waiting; its QR opens "not yet", and the reference after the upload.
    // A round first, so the cabin's bill master holds the bill it takes offline.
    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect.poll(() => pullState(rokad.services.billMaster).syncedAt).not.toBeNull();
    await gateway.stop();
    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect.poll(() => getSetting(rokad.services.db, 'sync_online')).toBe('0');
    await page.locator('#consumer-no').focus();
    const offlineReceipt = await takePayment(page, offlineBill!.consumer_no, (offlineBill!.amount_by_due_paise / 100).toFixed(2));
    const offlineQr = await scanNextReceipt();
    await gateway.restart();
    await expect(await open(offlineQr)).toContainText(words.notYet);
    await shot('receipt-check-not-yet');
    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect(page.getByTestId('sync-panel')).toContainText(language === 'hi' ? '0 भुगतान अपलोड होना बाकी' : '0 payments waiting to upload');
    const later = gateway.store.db.prepare('SELECT approval_ref_number FROM payments WHERE receipt_no = ?').pluck().get(offlineReceipt) as string;
    const afterUpload = await open(offlineQr);
    await expect(afterUpload).toContainText(words.approved);
    await expect(afterUpload).toContainText(later);

    // A tampered code and an unknown receipt: nothing but "no such receipt".
    await expect(await open(tamper(onlineQr))).toContainText(words.noSuch);
    await expect(phone.locator('main')).not.toContainText(words.ref);
    await shot('receipt-check-no-such');
    await expect(await open(`${gateway.url}/r?n=ZZZ-99-000001&c=ABCDE23456`)).toContainText(words.noSuch);

    // The status question at the counter: this cabin's payment and the company's, with the reference.
    await page.keyboard.press('F2');
    await page.locator('#consumer-no').fill(onlineBill!.consumer_no);
    await page.getByTestId('payment-status').locator('summary').click();
    await page.getByTestId('payment-status').getByRole('button').click();
    const status = page.getByTestId('payment-status-result');
    await expect(status.locator('li')).toHaveCount(2);
    await expect(status.locator('li').first()).toContainText(approval);
    await expect(status.locator('li').last()).toContainText(approval);
    await rokad.screenshot(`${language}-72-counter-payment-status`);

    // The stand-in holds one message per accepted payment, none twice after more rounds.
    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect.poll(() => standInMessages().length).toBe(2);
    const messages = standInMessages();
    expect(messages.map((message) => message.to).sort()).toEqual([typedMobile, offlineBill!.mobile].sort());
    expect(messages.find((message) => message.to === typedMobile)?.text).toContain(approval);
    await phoneContext.close();
  });
}
