import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseRupees } from '../shared/money';
import { VERIFY_URL_PATTERN } from '../shared/receiptVerification';
import { indiaDate } from '../shared/time';
import { createGatewayStore } from './gatewayStore';
import { createFileNotifier } from './notifier';
import { generateZone } from './seed/generateZone';
import { createGatewayServer } from './server';

const DEMO_AGENT = 'AGT-0001';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string', default: process.env.GATEWAY_DB ?? 'gateway-data/gateway.sqlite' },
    host: { type: 'string', default: process.env.GATEWAY_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.GATEWAY_PORT ?? '8787' },
    consumers: { type: 'string', default: process.env.GATEWAY_CONSUMERS ?? '3000' },
    'pending-polls': { type: 'string', default: process.env.GATEWAY_PENDING_POLLS ?? '0' },
    'public-url': { type: 'string', default: process.env.GATEWAY_PUBLIC_URL ?? '' },
    agent: { type: 'string', default: DEMO_AGENT },
    name: { type: 'string' },
    rupees: { type: 'string' },
    case: { type: 'string' },
    complaint: { type: 'string' },
    accept: { type: 'boolean', default: false },
    refuse: { type: 'boolean', default: false },
    note: { type: 'string' },
    mobile: { type: 'string' },
    messages: { type: 'string', default: process.env.GATEWAY_MESSAGES_FILE ?? '' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const command = positionals[0] ?? 'serve';
const dbFile = resolve(values.db);
mkdirSync(dirname(dbFile), { recursive: true });
if (values['public-url'] && !VERIFY_URL_PATTERN.test(values['public-url'])) {
  fail(`--public-url: "${values['public-url']}" is not an https address without a query (http only to 127.0.0.1 or localhost), such as https://pay.example.in/r`);
}
const store = createGatewayStore(dbFile, { pendingPolls: Number(values['pending-polls']), ...(values['public-url'] ? { receiptVerifyUrl: values['public-url'] } : {}) });
const self = `npm run gateway -- --db ${JSON.stringify(values.db)}`;

async function main(): Promise<void> {
  switch (command) {
    case 'serve': {
      if (store.billCount() === 0) {
        const consumers = Number(values.consumers);
        console.log(`Seeding a Bhopal zone of ${consumers} consumers…`);
        store.saveBills(generateZone({ consumers, today: indiaDate(new Date()) }));
        store.ensureAgent(DEMO_AGENT, 'डेमो एजेंट / Demo Agent');
        store.topUp(DEMO_AGENT, 2_500_000, 'Opening deposit of the demo zone');
      }
      const code = store.issueRegistrationCode(values.agent);
      const notifier = createFileNotifier(values.messages ? resolve(values.messages) : join(dirname(dbFile), 'messages-stand-in.jsonl'));
      const app = createGatewayServer(store, { notifier });
      const url = await app.listen({ host: values.host, port: Number(values.port) });
      console.log(`Rokad reference gateway on ${url} (database ${dbFile}, ${store.billCount()} consumers)`);
      console.log(`Messages to consumers: ${notifier.standIn ? 'STAND-IN, ' : ''}${notifier.name}`);
      console.log(`One-time registration code for agent ${values.agent}: ${code}`);
      console.log(`Top up a wallet:   ${self} topup --agent ${values.agent} --rupees 5000`);
      console.log(`New code:          ${self} code --agent ${values.agent}`);
      console.log(`GATEWAY_READY ${JSON.stringify({ url, agentId: values.agent, registrationCode: code })}`);
      const stop = () => void app.close().then(() => store.close());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      break;
    }
    case 'topup': {
      const amount = parseRupees(values.rupees ?? '');
      if (!amount.ok) fail(`--rupees: ${amount.message}`);
      const balance = store.topUp(values.agent, amount.paise, 'Top-up by admin command');
      console.log(`Topped up ${values.agent}; wallet balance is now ${balance} paise.`);
      store.close();
      break;
    }
    case 'opt-out':
      try {
        store.messages.optOut(values.mobile ?? '');
      } catch (error) {
        fail(`--mobile: ${(error as Error).message}`);
      }
      console.log(`No more messages to ${values.mobile}.`);
      store.close();
      break;
    case 'code':
      console.log(store.issueRegistrationCode(values.agent));
      store.close();
      break;
    case 'agent':
      store.ensureAgent(values.agent, values.name ?? values.agent);
      console.log(`Agent ${values.agent} exists.`);
      store.close();
      break;
    case 'cabins':
      console.table(
        store.cabins().map((cabin) => ({
          device: cabin.deviceId,
          agent: cabin.agentId,
          cabin: cabin.cabinCode,
          name: cabin.deviceName,
          'last sync (gateway time)': cabin.lastSyncAt ?? '',
          'last receipt': cabin.lastReceipt?.receiptNo ?? '',
          'its collectedAt (cabin time)': cabin.lastReceipt?.collectedAt ?? '',
          'accepted at (gateway time)': cabin.lastReceipt?.acceptedAt ?? '',
        })),
      );
      store.close();
      break;
    case 'reversals':
      console.table(
        store.openReversals().map((open) => ({
          case: open.case_id,
          payment: open.client_txn_id,
          agent: open.agent_id,
          reason: open.reason,
          'asked by': open.requested_by,
          'opened at': open.opened_at,
        })),
      );
      store.close();
      break;
    case 'reversal': {
      if (!values.case || values.accept === values.refuse) fail('reversal: give --case REV-… and one of --accept or --refuse (and --note "…" if you like).');
      const decided = store.decideReversal(values.case, values.accept ? 'ACCEPTED' : 'REFUSED', values.note ?? null);
      console.log(`${decided.case_id} ${decided.status.toLowerCase()}; wallet credited back ${decided.wallet_credit_paise} paise.`);
      store.close();
      break;
    }
    case 'complaints':
      console.table(
        store.complaints.open().map((open) => ({
          complaint: open.complaint_no,
          'cabin no.': open.local_no,
          cabin: open.cabin_code,
          consumer: open.consumer_no,
          kind: open.kind,
          text: open.text,
          'recorded at': open.recorded_at,
        })),
      );
      store.close();
      break;
    case 'close-complaint': {
      if (!values.complaint) fail('close-complaint: give --complaint CMP-… (and --note "…", the words the consumer sees, if you like).');
      const closed = store.complaints.close(values.complaint, values.note ?? null);
      console.log(`${closed.complaint_no} closed.`);
      store.close();
      break;
    }
    default:
      fail(
        `Unknown command "${command}". Commands: serve, topup --agent ID --rupees N, code --agent ID, agent --agent ID --name NAME, cabins, reversals, reversal --case REV-… --accept|--refuse [--note TEXT], complaints, close-complaint --complaint CMP-… [--note TEXT], opt-out --mobile NUMBER.`,
      );
  }
}

void main();
