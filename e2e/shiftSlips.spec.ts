import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from '../electron/core/printing/bitmap';
import type { Block } from '../electron/core/printing/layoutReceipt';
import { layoutCashOutSlip, layoutHandoverSlip, type SlipPrint } from '../electron/core/printing/layoutShiftSlips';
import { DEFAULT_RECEIPT_HEADER } from '../electron/core/printing/receiptRecord';
import { renderReceipt } from '../electron/core/printing/renderReceipt';
import { printedImage } from '../electron/core/printing/testing/decodeEscPos';
import { ARTIFACTS_DIR, FONTS_DIR } from '../electron/core/printing/testing/paths';
import { startVirtualPrinter, type VirtualPrinter } from '../electron/core/printing/testing/virtualPrinter';
import { OPENING_FLOAT, PEOPLE } from '../electron/core/testing/seedCounter';
import { LANGUAGES, speak, takePayment } from './harness/counterSteps';
import { screenshotAtCabinSizes } from './harness/screenSizes';
import { expect, test, type RokadApp } from './harness/rokadTest';

const INCOMING = { userId: 'sunita.p', name: 'सुनीता पटेल / Sunita Patel', pin: '8642', role: 'AGENT' } as const;
const say = {
  wrongSupervisorPin: { en: /Wrong supervisor id or PIN/, hi: /सुपरवाइज़र आईडी या पिन गलत है/ },
  wrongPin: { en: /Wrong user id or PIN/, hi: /यूज़र आईडी या पिन/ },
  handedOver: { en: /handed over to सुनीता पटेल \/ Sunita Patel/, hi: /सुनीता पटेल \/ Sunita Patel को सौंप दी गई/ },
};

let printer: VirtualPrinter;
test.beforeEach(async () => {
  printer = await startVirtualPrinter();
});
test.afterEach(async () => {
  await printer.close();
});

const setUpPrinter = (rokad: RokadApp) => rokad.services.receipts.saveSettings({ interface: printer.address, widthDots: 576, timeoutMs: 3000, waitForStatus: true });

/** The next job on the virtual printer is the slip as drawn, printed at some instant between `before` and now; kept as a PNG to look at. */
async function expectPrinted(layout: (print: SlipPrint) => Block[], before: string, copy: number, name: string) {
  const image = printedImage((await printer.nextJob()).commands);
  const after = new Date().toISOString();
  const drawn = [before, after].map((printedAt) => renderReceipt(layout({ copy, printedAt }), { widthDots: 576, fontsDir: FONTS_DIR }));
  expect(drawn.map((d) => [d.width, d.height, Buffer.from(d.data).equals(Buffer.from(image.data))])).toContainEqual([image.width, image.height, true]);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, `${name}.png`), encodePng(image));
}

for (const language of LANGUAGES) {
  test(`F6 cash out for the supervisor: their PIN countersigns, a wrong one records nothing, and the slip prints and prints again as a copy (${language})`, async ({ rokad }) => {
    const { page, services } = rokad;
    setUpPrinter(rokad);
    await speak(page, language);
    await takePayment(page, '1234567890', '410');
    await printer.nextJob(); // the consumer's receipt
    await page.keyboard.press('F6');
    await page.locator('#move-amount').fill('500');
    await page.locator('#move-supervisor').fill(PEOPLE.supervisor.userId);
    await page.locator('#move-supervisor-pin').fill('0000');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('move-error')).toContainText(say.wrongSupervisorPin[language]);
    await expect(page.locator('#move-supervisor-pin')).toBeFocused();
    expect(rokad.readLedger('SELECT * FROM cash_moves')).toEqual([]);
    await screenshotAtCabinSizes(page, `${language}-60-cash-out-wrong-pin`);

    await page.locator('#move-supervisor-pin').fill(PEOPLE.supervisor.pin);
    const before = new Date().toISOString();
    await page.keyboard.press('Enter');
    // Float ₹1,000 + ₹410 − ₹500 to the supervisor.
    await expect(page.getByTestId('move-done')).toContainText('₹910.00');
    await expect(page.getByTestId('slip-printed')).toBeVisible();
    await screenshotAtCabinSizes(page, `${language}-61-cash-out-slip-printed`);
    const [move] = rokad.readLedger<{ move_id: string; amount_paise: number }>("SELECT move_id, amount_paise FROM cash_moves WHERE direction = 'OUT'");
    expect(move!.amount_paise).toBe(50_000);
    const slip = services.shiftSlips.cashOut(move!.move_id);
    expect([slip.supervisor.userId, slip.expectedAfterPaise]).toEqual([PEOPLE.supervisor.userId, 91_000]);
    await expectPrinted((print) => layoutCashOutSlip(slip, DEFAULT_RECEIPT_HEADER, print), before, 0, `e2e-${language}-cash-out-slip`);

    const again = new Date().toISOString();
    await page.getByTestId('print-slip').click();
    await expect(page.getByTestId('slip-printed')).toBeVisible();
    await expectPrinted((print) => layoutCashOutSlip(slip, DEFAULT_RECEIPT_HEADER, print), again, 1, `e2e-${language}-cash-out-slip-copy`);

    // The shift's cash-outs stay listed under the form, each slip printable again later.
    const listed = page.getByTestId(`cash-out-${move!.move_id}`);
    await expect(listed).toContainText('₹500.00');
    await expect(listed).toContainText('Meena Singh');
    const later = new Date().toISOString();
    await listed.getByTestId('reprint-cash-out').click();
    await expect(page.getByTestId('cash-out-reprinted')).toBeVisible();
    await expectPrinted((print) => layoutCashOutSlip(slip, DEFAULT_RECEIPT_HEADER, print), later, 2, `e2e-${language}-cash-out-slip-copy-2`);
    expect(rokad.readLedger('SELECT count(*) AS n FROM cash_moves')).toEqual([{ n: 1 }]);
  });

  test(`F9 hand over: the slip prints, the outgoing Z stays on screen with its print button, then the counter is the incoming agent's (${language})`, async ({ rokad }) => {
    const { page, services } = rokad;
    // The screen speaks the language of whoever is signed in: after the handover, the incoming agent's.
    services.users.insert({ ...INCOMING, language, createdBy: null }, services.now());
    setUpPrinter(rokad);
    await speak(page, language);
    await takePayment(page, '1234567890', '410');
    await printer.nextJob(); // the consumer's receipt
    await page.keyboard.press('F9');
    await page.getByTestId('ending-handover').check();
    // The float and the ₹410 taken: ₹1,410 counted into the incoming agent's hands.
    for (const [note, n] of Object.entries({ ...OPENING_FLOAT, N100: OPENING_FLOAT.N100! + 4, N10: OPENING_FLOAT.N10! + 1 }))
      await page.getByTestId(`close-${note}`).fill(String(n));
    await page.locator('#handover-outgoing-pin').fill(PEOPLE.agent.pin);
    await page.locator('#handover-incoming-id').fill(INCOMING.userId);
    await page.locator('#handover-incoming-pin').fill('0000');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('handover-error')).toContainText(say.wrongPin[language]);
    await expect(page.getByTestId('handover-button')).toBeInViewport({ ratio: 1 });
    await screenshotAtCabinSizes(page, `${language}-62-handover-wrong-pin`);
    expect(rokad.readLedger('SELECT count(*) AS n FROM shifts')).toEqual([{ n: 1 }]);

    await page.locator('#handover-incoming-pin').fill(INCOMING.pin);
    const before = new Date().toISOString();
    await page.getByTestId('handover-button').click();
    await expect(page.getByTestId('z-report')).toBeVisible();
    await expect(page.getByTestId('handed-over')).toContainText(say.handedOver[language]);
    await expect(page.getByTestId('report-counted')).toHaveText('₹1,410.00');
    await expect(page.getByTestId('handover-slip-printed')).toBeVisible();
    await screenshotAtCabinSizes(page, `${language}-63-handover-z-report`);
    const [closed] = rokad.readLedger<{ shift_id: string }>(`SELECT shift_id FROM shifts WHERE user_id = '${PEOPLE.agent.userId}'`);
    const slip = services.shiftSlips.handoverFrom(closed!.shift_id)!;
    expect([slip.incoming.userId, slip.closed.countedPaise, slip.closed.differencePaise]).toEqual([INCOMING.userId, 141_000, 0]);
    await expectPrinted((print) => layoutHandoverSlip(slip, DEFAULT_RECEIPT_HEADER, print), before, 0, `e2e-${language}-handover-slip`);

    await page.getByTestId('print-report').click();
    await expect(page.getByTestId('report-printed')).toBeVisible();
    await printer.nextJob();
    await page.getByTestId('print-handover-slip').click();
    await expect(page.getByTestId('handover-slip-printed')).toBeVisible();
    await printer.nextJob();

    await page.getByTestId('leave-report').click();
    await expect(page.locator('#consumer-no')).toBeFocused();
    await page.keyboard.press('F9');
    await expect(page.getByTestId('close-shift')).toContainText('Sunita Patel');
  });
}
