import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createServices } from '../createServices';
import { openCounter } from '../testing/seedCounter';

/**
 * Run as a child process by the durability test: records payments one after another and reports
 * each receipt number the moment the call returns, until it is killed.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: recordUntilKilled.fixture.ts <dataDir>');
const services = createServices({ dataDir, cabinCode: 'KILL-01', demoBills: true });
const due = services.bills.find('N3330099001');
if (!due) throw new Error('demo bill missing');
const counter = openCounter(services);
for (;;) {
  const recorded = services.recordPayment(
    {
      clientTxnId: randomUUID(),
      consumerNo: due.consumerNo,
      billNumber: due.billNumber,
      amountPaise: due.amountByDuePaise,
      tenderedPaise: due.amountByDuePaise,
      confirmRepeat: true,
    },
    counter,
  );
  writeSync(1, `RECORDED ${recorded.receiptNo}\n`);
}
