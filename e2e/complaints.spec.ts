import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { encodePng, toRgba } from '../electron/core/printing/bitmap';
import { printedImage } from '../electron/core/printing/testing/decodeEscPos';
import { startVirtualPrinter, type VirtualPrinter } from '../electron/core/printing/testing/virtualPrinter';
import { getSetting } from '../electron/core/settings/settings';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { startTestGateway, type TestGateway } from '../gateway/testing/testGateway';
import { indiaDate } from '../shared/time';
import { type Language } from './harness/counterSteps';
import { registerCabinAsSupervisor } from './harness/gatewayCabin';
import { CABIN_CODE, expect, test, type RokadApp } from './harness/rokadTest';

test.use({ counterOpen: false });

const screenshotDir = resolve(__dirname, 'artifacts/screenshots');

let gateway: TestGateway;
let gatewayDir: ReturnType<typeof tempDataDir>;
let printer: VirtualPrinter;

test.beforeEach(async () => {
  gatewayDir = tempDataDir('rokad-e2e-complaints-');
  gateway = await startTestGateway(gatewayDir.dir, { today: indiaDate(new Date()), consumers: 20 });
  printer = await startVirtualPrinter();
});

test.afterEach(async () => {
  await printer.close();
  await gateway.close();
  gatewayDir.remove();
});

/** The supervisor at the counter, the cabin registered from F10 with the receipt printer set. */
async function registerCabin(rokad: RokadApp, language: Language): Promise<void> {
  const { page, services } = rokad;
  services.receipts.saveSettings({ interface: printer.address, widthDots: 576, timeoutMs: 3_000, waitForStatus: true });
  await registerCabinAsSupervisor(rokad, gateway, language);
  // Beside it, how long a receipt waits for the approval reference: shown as set (2 s by default), and kept when changed.
  const wait = page.getByTestId('approval-wait');
  await expect(page.locator('#approval-wait')).toHaveValue('2');
  await page.locator('#approval-wait').selectOption('3');
  await wait.getByRole('button').click();
  await expect(wait.getByRole('status')).toBeVisible();
  expect(getSetting(services.db, 'approval_wait_ms')).toBe('3000');
  await rokad.screenshot(`${language}-86-gateway-approval-wait`);
}

/** The slip the printer got, kept as a PNG to look at, and its QR as a phone reads it. */
async function nextSlip(name: string): Promise<string> {
  const image = printedImage((await printer.nextJob()).commands);
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(join(screenshotDir, `${name}.png`), encodePng(image));
  const text = jsQR(new Uint8ClampedArray(toRgba(image)), image.width, image.height)?.data;
  expect(text, 'the slip’s QR reads back').toBeTruthy();
  return text!;
}

for (const language of ['en', 'hi'] as const) {
  test(`a complaint at the counter: refused empty, the company's number online, the cabin's offline and the company's later, on the public page and in the day report (${language})`, async ({
    rokad,
    browser,
  }) => {
    const { page } = rokad;
    await registerCabin(rokad, language);
    const words =
      language === 'hi'
        ? { empty: 'खाली शिकायत दर्ज नहीं होती', meter: 'मीटर', supply: 'बिजली आपूर्ति', open: 'यह खुली है', follows: 'कंपनी का क्रमांक मिलेगा', noneOpen: 'कोई शिकायत खुली नहीं है।' }
        : {
            empty: 'an empty complaint is not recorded',
            meter: 'Meter',
            supply: 'Supply',
            open: 'It is open',
            follows: 'The company’s number follows',
            noneOpen: 'No complaint is open.',
          };
    const consumerNo = gateway.store.db.prepare('SELECT consumer_no FROM bills ORDER BY consumer_no LIMIT 1').pluck().get() as string;
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 780 } });
    const phone = await phoneContext.newPage();
    const openPage = async (url: string) => {
      await phone.goto(`${url}&lang=${language}`);
      return phone.locator('main');
    };
    const complaints = () => rokad.readLedger<{ n: number }>('SELECT count(*) AS n FROM complaints')[0]?.n;

    // From the consumer lookup: an empty complaint is refused in the screen's language, and nothing is written.
    await page.keyboard.press('F2');
    await page.locator('#consumer-no').fill(consumerNo);
    const form = page.getByTestId('complaint');
    await form.locator('summary').click();
    await form.getByLabel(words.meter, { exact: true }).check();
    await page.locator('#complaint-text').fill('   ');
    await form.getByRole('button').click();
    await expect(page.getByTestId('complaint-error')).toContainText(words.empty);
    await expect(page.locator('#complaint-text')).toBeFocused();
    await rokad.screenshot(`${language}-80-complaint-empty-refused`);
    expect(complaints()).toBe(0);

    // Online: the company's number on the screen and on the slip; its QR opens it on the company's page.
    await page.locator('#complaint-text').fill('The meter runs with the mains switched off.');
    await form.getByRole('button').click();
    await expect(page.getByTestId('complaint-number')).toContainText('CMP-000001');
    const onlineQr = await nextSlip(`${language}-81-complaint-slip-online`);
    expect(onlineQr).toContain('n=CMP-000001&c=');
    await rokad.screenshot(`${language}-81-complaint-recorded-online`);
    const onlinePage = await openPage(onlineQr);
    await expect(onlinePage).toContainText(words.open);
    await expect(onlinePage).toContainText('CMP-000001');
    await expect(onlinePage).toContainText(words.meter);
    await expect(onlinePage).not.toContainText(consumerNo);
    await phone.screenshot({ path: join(screenshotDir, `${language}-82-complaint-page.png`), fullPage: true });

    // Offline: the cabin's number at once, on the slip too; the company's arrives with the next round.
    await gateway.stop();
    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect.poll(() => getSetting(rokad.services.db, 'sync_online')).toBe('0');
    await form.getByRole('button', { name: language === 'hi' ? 'एक और शिकायत' : 'Another complaint' }).click();
    await form.getByLabel(words.supply, { exact: true }).check();
    await page.locator('#complaint-text').fill('No supply since Tuesday night.');
    await form.getByRole('button').click();
    const localNo = `${CABIN_CODE}-C000002`;
    await expect(page.getByTestId('complaint-number')).toContainText(localNo);
    await expect(page.getByTestId('complaint-recorded')).toContainText(words.follows);
    const offlineQr = await nextSlip(`${language}-83-complaint-slip-offline`);
    expect(offlineQr).toContain(`n=${localNo}&c=`);
    await rokad.screenshot(`${language}-83-complaint-recorded-offline`);

    await gateway.restart();
    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect.poll(() => rokad.readLedger<{ gateway_no: string | null }>("SELECT gateway_no FROM complaint_outbox WHERE state = 'SENT' ORDER BY gateway_no").length).toBe(2);
    await form.getByRole('button', { name: language === 'hi' ? 'पर्ची फिर से छापें' : 'Print the slip again' }).click();
    await expect(page.getByTestId('complaint-number')).toContainText('CMP-000002');
    expect(await nextSlip(`${language}-84-complaint-slip-later`)).toContain('n=CMP-000002&c=');
    const offlinePage = await openPage(offlineQr);
    await expect(offlinePage).toContainText('CMP-000002');
    await expect(offlinePage).toContainText(localNo);

    // The day report lists both while open; once the company closes one, only the other.
    await page.keyboard.press('F7');
    await expect(page.getByTestId('day-complaints').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId(`day-complaint-${localNo}`)).toContainText('CMP-000002');
    await page.getByTestId('day-complaints').scrollIntoViewIfNeeded();
    await rokad.screenshot(`${language}-85-day-report-complaints`);
    gateway.store.complaints.close('CMP-000001', 'Meter replaced');
    gateway.store.complaints.close('CMP-000002', 'Line repaired');
    await page.keyboard.press('F2');
    await page.getByTestId('sync-panel').getByRole('button').click();
    await expect.poll(() => rokad.readLedger<{ n: number }>('SELECT count(*) AS n FROM complaint_closings')[0]?.n).toBe(2);
    await page.keyboard.press('F7');
    await expect(page.getByTestId('day-complaints')).toContainText(words.noneOpen);
    await phoneContext.close();
  });
}
