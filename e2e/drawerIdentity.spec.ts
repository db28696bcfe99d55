import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { workbookSheetsAsCsv, pdfText } from '../electron/core/exports/testing/documentTools';
import { layoutShiftReport } from '../electron/core/printing/layoutShiftReport';
import { DEFAULT_RECEIPT_HEADER } from '../electron/core/printing/receiptRecord';
import { renderReceipt } from '../electron/core/printing/renderReceipt';
import { printedImage } from '../electron/core/printing/testing/decodeEscPos';
import { FONTS_DIR } from '../electron/core/printing/testing/paths';
import { startVirtualPrinter, type VirtualPrinter } from '../electron/core/printing/testing/virtualPrinter';
import { PEOPLE } from '../electron/core/testing/seedCounter';
import { setSetting } from '../electron/core/settings/settings';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { startTestGateway, type TestGateway } from '../gateway/testing/testGateway';
import type { ShiftReport } from '../shared/domain';
import { formatPaise } from '../shared/money';
import { indiaDate } from '../shared/time';
import { LANGUAGES, takePayment } from './harness/counterSteps';
import { exactCash, registerCabinAsSupervisor, syncNow, unpaidBills, voidFromReceipts } from './harness/gatewayCabin';
import { expect, test, type RokadApp } from './harness/rokadTest';
import { screenshotAtCabinSizes } from './harness/screenSizes';

test.use({ counterOpen: false });

let gateway: TestGateway;
let gatewayDir: ReturnType<typeof tempDataDir>;
let printer: VirtualPrinter;

test.beforeEach(async () => {
  gatewayDir = tempDataDir('rokad-e2e-gateway-');
  gateway = await startTestGateway(gatewayDir.dir, { today: indiaDate(new Date()), consumers: 50, topUpPaise: 5_000_000 });
  printer = await startVirtualPrinter();
});

test.afterEach(async () => {
  await printer.close();
  await gateway.close();
  gatewayDir.remove();
});

/** The drawer's terms as the ledger's own SQL sums them, for the one shift of the test. */
function ledgerSums(rokad: RokadApp) {
  const [shift] = rokad.readLedger<{ shift_id: string; opening_float_paise: number }>('SELECT shift_id, opening_float_paise FROM shifts');
  const sum = (kind: string) =>
    rokad.readLedger<{ n: number; total: number }>(
      `SELECT count(*) AS n, coalesce(sum(amount_paise), 0) AS total FROM ledger WHERE kind = '${kind}' AND training = 0 AND shift_id = '${shift!.shift_id}'`,
    )[0]!;
  const moved = (direction: string) =>
    rokad.readLedger<{ total: number }>(`SELECT coalesce(sum(amount_paise), 0) AS total FROM cash_moves WHERE direction = '${direction}' AND shift_id = '${shift!.shift_id}'`)[0]!
      .total;
  const terms = {
    openingFloat: shift!.opening_float_paise,
    payments: sum('PAYMENT'),
    voids: sum('VOID'),
    refunds: sum('REFUND'),
    cashIn: moved('IN'),
    cashOut: moved('OUT'),
  };
  const [rounding] = rokad.readLedger<{ paise: number }>(
    `SELECT coalesce(sum(CASE kind WHEN 'PAYMENT' THEN change_rounding_paise ELSE -change_rounding_paise END), 0) AS paise FROM ledger WHERE training = 0 AND shift_id = '${shift!.shift_id}'`,
  );
  const expected = terms.openingFloat + terms.payments.total - terms.voids.total - terms.refunds.total + terms.cashIn - terms.cashOut + rounding!.paise;
  return { shiftId: shift!.shift_id, ...terms, rounding: rounding!.paise, expected };
}

type Sums = ReturnType<typeof ledgerSums>;

/** The amount of each term, in the order every view lists them. */
const termAmounts = (sums: Sums) => [sums.openingFloat, sums.payments.total, sums.voids.total, sums.refunds.total, sums.cashIn, sums.cashOut, sums.rounding].map(formatPaise);

async function expectReportCard(card: Locator, sums: Sums) {
  await expect(card.getByTestId('report-openingFloat')).toHaveText(formatPaise(sums.openingFloat));
  for (const key of ['payments', 'voids', 'refunds'] as const) {
    await expect(card.getByTestId(`report-${key}`)).toContainText(formatPaise(sums[key].total));
    await expect(card.getByTestId(`report-${key}`)).toContainText(String(sums[key].n));
  }
  await expect(card.getByTestId('report-cashIn')).toHaveText(formatPaise(sums.cashIn));
  await expect(card.getByTestId('report-cashOut')).toHaveText(formatPaise(sums.cashOut));
  await expect(card.getByTestId('report-rounding')).toHaveText(formatPaise(sums.rounding));
  await expect(card.getByTestId('report-expected')).toHaveText(formatPaise(sums.expected));
}

/** The supervisor runs this drawer, so another supervisor countersigns the cash taken out of it. */
const COUNTERSIGNER = { userId: 'arun.v', name: 'अरुण वर्मा / Arun Verma', pin: '9642', role: 'SUPERVISOR' } as const;

async function moveCash(rokad: RokadApp, direction: 'IN' | 'OUT', rupees: string) {
  const { page } = rokad;
  await page.keyboard.press('F6');
  await page.locator(`input[name="direction"][value="${direction}"]`).check();
  await page.locator('#move-amount').fill(rupees);
  if (direction === 'OUT') {
    await page.locator('#move-supervisor').fill(COUNTERSIGNER.userId);
    await page.locator('#move-supervisor-pin').fill(COUNTERSIGNER.pin);
  }
  await page.locator('#move-amount').press('Enter');
  await expect(page.getByTestId('move-done')).toBeVisible();
}

for (const language of LANGUAGES) {
  test(`float + payments − voids − refunds + cash in − cash out is the drawer on the X and Z screens, the printed Z, the day report and the exports (${language})`, async ({
    rokad,
  }) => {
    test.setTimeout(180_000);
    const { page, services } = rokad;
    await registerCabinAsSupervisor(rokad, gateway, language);
    // One payment here is refused by the company after the cash was taken: receipts must not upload
    // at once (awaitApproval), so each waits for the round the test asks for.
    setSetting(services.db, 'approval_wait_ms', '0');
    const [kept, voided, refused] = unpaidBills(gateway, 3) as [ReturnType<typeof unpaidBills>[0], ReturnType<typeof unpaidBills>[0], ReturnType<typeof unpaidBills>[0]];

    // Paid with whole notes: the change is rounded by the gateway's rule, a term of the drawer of its own.
    await takePayment(page, kept.consumer_no, String(Math.ceil(kept.amount_by_due_paise / 10_000) * 100));
    const voidedNo = await takePayment(page, voided.consumer_no, exactCash(voided));
    const refusedNo = await takePayment(page, refused.consumer_no, exactCash(refused));
    await voidFromReceipts(rokad, voidedNo, 'Consumer paid twice by mistake');
    // Someone paid this bill elsewhere before the cabin's upload reached the company: refused, then refunded.
    gateway.store.db.prepare("UPDATE bills SET paid_by_txn = 'ELSEWHERE' WHERE consumer_no = ?").run(refused.consumer_no);
    await syncNow(rokad);
    await page.keyboard.press('F10');
    const exception = page.getByTestId(`exception-${refusedNo}`);
    await exception.getByRole('button').nth(1).click();
    await page.locator('#refund-reason').fill('Bill already paid at another counter');
    await page.locator('#exception-supervisor').fill(PEOPLE.supervisor.userId);
    await page.locator('#exception-supervisor-pin').fill(PEOPLE.supervisor.pin);
    await page.locator('#exception-supervisor-pin').press('Enter');
    await expect(page.getByTestId('exceptions-notice')).toContainText('RFD-');
    services.users.insert({ ...COUNTERSIGNER, createdBy: PEOPLE.supervisor.userId }, services.now());
    await moveCash(rokad, 'IN', '200');
    await moveCash(rokad, 'OUT', '500');

    const sums = ledgerSums(rokad);
    expect([sums.payments.n, sums.voids.n, sums.refunds.n]).toEqual([3, 1, 1]);

    // The printer is set up now, so the first thing it gets is the Z report.
    services.receipts.saveSettings({ interface: printer.address, widthDots: 576, timeoutMs: 3000, waitForStatus: true });

    // X report: the shift so far.
    await page.keyboard.press('F9');
    await expectReportCard(page.getByTestId('x-report'), sums);
    await screenshotAtCabinSizes(page, `${language}-50-x-report-drawer-identity`);

    // Z report: counted a rupee short, confirmed by the supervisor with a note.
    const counted = sums.expected - 100;
    await page.getByTestId('close-N500').fill(String(Math.floor(counted / 50_000)));
    await page.getByTestId('close-N100').fill(String(Math.floor((counted % 50_000) / 10_000)));
    await page.getByTestId('close-C1').fill(String(Math.floor((counted % 10_000) / 100)));
    await page.locator('#close-note').fill('A rupee short at the count');
    await page.locator('#close-supervisor').fill(PEOPLE.supervisor.userId);
    await page.locator('#close-supervisor-pin').fill(PEOPLE.supervisor.pin);
    await page.locator('#close-supervisor-pin').press('Enter');
    const z = page.getByTestId('z-report');
    await expectReportCard(z, sums);
    const [close] = rokad.readLedger<{ expected_paise: number }>('SELECT expected_paise FROM shift_closes');
    expect(close!.expected_paise).toBe(sums.expected);
    await screenshotAtCabinSizes(page, `${language}-51-z-report-drawer-identity`);

    // The printed Z: the printer gets the very report drawn from these terms.
    const before = new Date().toISOString();
    await page.getByTestId('print-report').click();
    await expect(page.getByTestId('report-printed')).toBeVisible();
    const after = new Date().toISOString();
    const image = printedImage((await printer.nextJob()).commands);
    const report: ShiftReport = services.shifts.report(sums.shiftId);
    const drawn = [before, after].map((at) => renderReceipt(layoutShiftReport(report, DEFAULT_RECEIPT_HEADER, at), { widthDots: 576, fontsDir: FONTS_DIR }));
    expect(drawn.map((d) => [d.width, d.height, Buffer.from(d.data).equals(Buffer.from(image.data))])).toContainEqual([image.width, image.height, true]);
    const printedRows = layoutShiftReport(report, DEFAULT_RECEIPT_HEADER, before).flatMap((block) => (block.kind === 'row' ? [`${block.label}: ${block.value}`] : []));
    expect(printedRows).toEqual(
      expect.arrayContaining([
        `शुरुआती नकदी / Float: ${formatPaise(sums.openingFloat)}`,
        `+ भुगतान / Payments: ${sums.payments.n} · ${formatPaise(sums.payments.total)}`,
        `− रद्द / Voids: ${sums.voids.n} · ${formatPaise(sums.voids.total)}`,
        `− रिफ़ंड / Refunds: ${sums.refunds.n} · ${formatPaise(sums.refunds.total)}`,
        `+ नकद डाला / Cash in: ${formatPaise(sums.cashIn)}`,
        `− नकद निकाला / Cash out: ${formatPaise(sums.cashOut)}`,
        `± वापसी का पूर्णांकन / Change rounding: ${formatPaise(sums.rounding)}`,
        `= दराज़ में होने चाहिए / Should be in the drawer: ${formatPaise(sums.expected)}`,
      ]),
    );

    // The day report's shift table: every term in its own column.
    await page.getByTestId('leave-report').click();
    await page.keyboard.press('F7');
    const shiftRow = page.getByTestId(`day-shift-${sums.shiftId}`);
    const keys = ['openingFloat', 'payments', 'voids', 'refunds', 'cashIn', 'cashOut', 'rounding'];
    for (const [i, amount] of termAmounts(sums).entries()) await expect(shiftRow.getByTestId(`day-shift-${keys[i]}`)).toHaveText(amount);
    await expect(shiftRow.getByTestId('day-shift-expected')).toHaveText(formatPaise(sums.expected));
    await page.getByTestId('day-shifts').scrollIntoViewIfNeeded();
    await screenshotAtCabinSizes(page, `${language}-52-day-shifts-drawer-identity`);

    // The exports: the workbook's summary and the PDF list the same terms.
    const stick = tempDataDir('rokad-e2e-stick-');
    try {
      await page.locator('#export-folder').fill(stick.dir);
      await page.getByTestId('export-button').click();
      await expect(page.getByTestId('export-result')).toBeVisible();
      const files = readdirSync(stick.dir);
      const xlsx = join(
        stick.dir,
        files.find((name) => name.endsWith('.xlsx'))!,
      );
      const sheets = workbookSheetsAsCsv(xlsx, stick.dir);
      const summary = sheets.Summary!;
      const shiftLine = summary[summary.findIndex((cells) => cells[0] === 'Shift (agent)') + 1]!;
      const rupees = (paise: number) => String(paise / 100);
      expect(shiftLine.slice(3, 11).map(Number)).toEqual(
        [sums.openingFloat, sums.payments.total, sums.voids.total, sums.refunds.total, sums.cashIn, sums.cashOut, sums.rounding, sums.expected].map((p) => Number(rupees(p))),
      );
      const pdf = pdfText(
        join(
          stick.dir,
          files.find((name) => name.endsWith('.pdf'))!,
        ),
      );
      // pdftotext takes Devanagari conjuncts apart, so the English half of each label is matched, with its sign.
      const shiftPart = pdf.slice(pdf.indexOf('every term of the drawer'));
      const line = (label: RegExp, amount: string) => expect(shiftPart).toMatch(new RegExp(`${label.source}[^\\n]*${amount.replace(/[.$]/g, '\\$&')}`));
      line(/Float/, formatPaise(sums.openingFloat));
      line(/\+ .*\/ Payments\s+3/, formatPaise(sums.payments.total));
      line(/− .*\/ Voids\s+1/, formatPaise(sums.voids.total));
      line(/− .*\/ Refunds\s+1/, formatPaise(sums.refunds.total));
      line(/\+ .*\/ Cash in/, formatPaise(sums.cashIn));
      line(/− .*\/ Cash out/, formatPaise(sums.cashOut));
      line(/= .*\/ Should be in the drawer/, formatPaise(sums.expected));
    } finally {
      stick.remove();
    }
  });
}
