import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { protocolClient, Refusal } from '../../../gateway/testing/protocolClient';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { receiptCode } from '../../../shared/node/receiptCode';
import { parseReceiptQr } from '../../../shared/receiptVerification';
import { indiaDate } from '../../../shared/time';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { createCore } from '../createCore';
import { encodePng, toRgba } from '../printing/bitmap';
import { NARROW_DOTS } from '../printing/renderReceipt';
import { printedImage } from '../printing/testing/decodeEscPos';
import { ARTIFACTS_DIR } from '../printing/testing/paths';
import { startVirtualPrinter, type ReceivedJob } from '../printing/testing/virtualPrinter';
import { getSetting } from '../settings/settings';
import { callCore } from '../testing/callCore';
import { uploadStatus } from './outbox';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');

function tampered(code: string): string {
  return `${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`;
}

describe('a receipt anyone can verify on the company’s page', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;

  beforeEach(async () => {
    folder = tempDataDir('rokad-verify-');
    gateway = await startTestGateway(folder.dir, {
      today: indiaDate(NOON_IN_BHOPAL),
      consumers: 20,
      topUpPaise: 3_000_000,
      now: () => NOON_IN_BHOPAL,
      server: { receiptPages: { checksPerMinute: 1_000 } },
    });
    cabin = await startTestCabin(folder.dir, gateway, NOON_IN_BHOPAL);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });
  afterEach(async () => {
    cabin.close();
    await gateway.close();
    folder.remove();
  });

  function qrOf(receiptNo: string): string {
    return cabin.services.receipts.jobRecord(cabin.services.receipts.pending().find((job) => job.receiptNo === receiptNo)!.id).qrPayload;
  }

  it('puts the gateway’s verification address, the receipt number and the row’s check code in the QR', () => {
    assert.equal(getSetting(cabin.services.db, 'receipt_verify_url'), `${gateway.url}/r`);
    const payment = cabin.pay(zoneConsumerNo(1));
    const hash = cabin.services.payments.byReceiptNo(payment.receiptNo)!.hash;
    assert.equal(qrOf(payment.receiptNo), `${gateway.url}/r?n=${payment.receiptNo}&c=${receiptCode(hash)}`);
    assert.match(receiptCode(hash), /^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('answers "not yet received" before the upload, the approval reference after it, and "no such receipt" for a tampered code or an unknown receipt', async () => {
    const payment = cabin.pay(zoneConsumerNo(2));
    const scanned = parseReceiptQr(qrOf(payment.receiptNo));
    assert.ok(scanned.ok && scanned.form === 'URL');
    const { code } = scanned;
    const anyone = protocolClient(gateway.url);

    const before = await anyone.checkReceipt(payment.receiptNo, code);
    assert.equal(before.state, 'NOT_YET_RECEIVED');

    await cabin.sync();
    const onServer = gateway.store.db.prepare('SELECT approval_ref_number, txn_ref_id FROM payments WHERE client_txn_id = ?').get(payment.clientTxnId) as {
      approval_ref_number: string;
      txn_ref_id: string;
    };
    const after = await anyone.checkReceipt(payment.receiptNo, code);
    assert.equal(after.state, 'APPROVED');
    assert.ok(after.state === 'APPROVED');
    assert.deepEqual([after.approvalRefNumber, after.txnRefId, after.amount, after.cabinCode], [onServer.approval_ref_number, onServer.txn_ref_id, payment.amountPaise, 'BPL-07']);
    assert.ok(!after.maskedName.includes(payment.consumerName.split(' ')[0]!.slice(1)), 'the name is masked');
    assert.doesNotMatch(JSON.stringify(after), new RegExp(payment.consumerNo), 'no consumer number is shown');

    assert.deepEqual(await anyone.checkReceipt(payment.receiptNo, tampered(code)), { state: 'NO_SUCH_RECEIPT' });
    assert.deepEqual(await anyone.checkReceipt('BPL-99-000001', code), { state: 'NO_SUCH_RECEIPT' });
    assert.deepEqual(await anyone.checkReceipt(`TRN-${payment.receiptNo}`, code), { state: 'NO_SUCH_RECEIPT' });

    const page = await fetch(`${gateway.url}/r?n=${payment.receiptNo}&c=${code}&lang=en`);
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.ok(html.includes(onServer.approval_ref_number) && html.includes('has reached the electricity company'));
    const hindi = await (await fetch(`${gateway.url}/r?n=${payment.receiptNo}&c=${code}`)).text();
    assert.ok(hindi.includes('lang="hi"') && hindi.includes('बिजली कंपनी तक पहुँच गया है'));
    const forged = await fetch(`${gateway.url}/r?n=${payment.receiptNo}&c=${tampered(code)}&lang=en`);
    assert.equal(forged.status, 404);
    assert.ok((await forged.text()).includes('No such receipt.'));
  });

  it('prints the original of an online payment with its approval reference, and the QR on paper opens the company’s page', { timeout: 30_000 }, async () => {
    const printer = await startVirtualPrinter();
    try {
      cabin.services.receipts.saveSettings({ interface: printer.address, widthDots: NARROW_DOTS, timeoutMs: 2_000, waitForStatus: true });
      const core = createCore(cabin.services);

      const online = cabin.pay(zoneConsumerNo(4));
      await callCore(core, 'receipts.print', { receiptNo: online.receiptNo });
      const onlineJob = await printer.nextJob();
      const approval = uploadStatus(cabin.services.db, online.clientTxnId)?.approvalRefNumber;
      assert.match(approval ?? '', /^AP/, 'uploaded before the original printed');
      const printedOnline = cabin.services.receipts.jobRecord(
        cabin.services.db.prepare("SELECT id FROM print_jobs WHERE receipt_no = ? AND copy = 'ORIGINAL'").pluck().get(online.receiptNo) as number,
      );
      assert.deepEqual([printedOnline.approvalRef, printedOnline.approvalFollows], [approval, false]);
      writeFileSync(join(ARTIFACTS_DIR, 'original-online-with-approval-384.png'), encodePng(printedImage(onlineJob.commands)));
      const page = await (await fetch(`${scanPrinted(onlineJob).replace(/$/, '&lang=en')}`)).text();
      assert.ok(page.includes(approval!), 'the page shows the approval reference');

      await gateway.stop();
      await cabin.sync();
      const offline = cabin.pay(zoneConsumerNo(5));
      const started = Date.now();
      await callCore(core, 'receipts.print', { receiptNo: offline.receiptNo });
      assert.ok(Date.now() - started < 1_500, 'offline, the original prints without waiting');
      const offlineJob = await printer.nextJob();
      writeFileSync(join(ARTIFACTS_DIR, 'original-offline-approval-follows-384.png'), encodePng(printedImage(offlineJob.commands)));
      const scanned = scanPrinted(offlineJob);
      await gateway.restart();
      assert.equal(((await (await fetch(scanned)).text()).match(/data-state="(\w+)"/) ?? [])[1], 'NOT_YET_RECEIVED');
      await cabin.sync();
      const later = uploadStatus(cabin.services.db, offline.clientTxnId)?.approvalRefNumber;
      assert.match(later ?? '', /^AP/);
      const afterUpload = await (await fetch(scanned)).text();
      assert.ok(afterUpload.includes('data-state="APPROVED"') && afterUpload.includes(later!), 'after the upload the same QR shows the reference');
    } finally {
      await printer.close();
    }
  });

  it('refuses a check code of the wrong length with a clear message, and writes nothing', async () => {
    const payment = cabin.pay(zoneConsumerNo(3));
    await cabin.sync();
    const counts = () => gateway.store.db.prepare("SELECT (SELECT count(*) FROM payments) || '/' || (SELECT count(*) FROM wallet_entries)").pluck().get();
    const before = counts();
    await assert.rejects(anyone(gateway).checkReceipt(payment.receiptNo, 'ABC12'), (error: unknown) => {
      assert.ok(error instanceof Refusal);
      assert.deepEqual([error.status, error.code], [400, 'INVALID_REQUEST']);
      assert.match(error.message, /10 letters and digits; this one has 5/);
      return true;
    });
    const page = await fetch(`${gateway.url}/r?n=${payment.receiptNo}&c=ABC12&lang=en`);
    assert.equal(page.status, 400);
    assert.ok((await page.text()).includes('A check code has 10 letters and digits.'));
    assert.equal(counts(), before);
  });
});

/** The QR of a printed receipt as a phone's camera reads it, from the image the printer got over TCP. */
function scanPrinted(job: ReceivedJob): string {
  const image = printedImage(job.commands);
  const found = jsQR(new Uint8ClampedArray(toRgba(image)), image.width, image.height)?.data;
  assert.ok(found, 'the printed QR reads back');
  return found;
}

function anyone(gateway: TestGateway) {
  return protocolClient(gateway.url);
}
