import type { TestGateway } from '../../gateway/testing/testGateway';
import { TEST_AGENT } from '../../gateway/testing/testGateway';
import { OPENING_FLOAT, PEOPLE, seedPeople } from '../../electron/core/testing/seedCounter';
import { indiaDate } from '../../shared/time';
import { openSupervisorSection, speak, type Language } from './counterSteps';
import { expect, type RokadApp } from './rokadTest';

export interface ZoneBill {
  consumer_no: string;
  amount_by_due_paise: number;
}

/** The supervisor signed in with a shift of her own open, at the counter in the language given. */
export async function openCounterAsSupervisor(rokad: RokadApp, language: Language): Promise<void> {
  const { page, services } = rokad;
  seedPeople(services);
  const supervisor = services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
  services.shifts.open(supervisor, OPENING_FLOAT);
  await page.reload();
  await expect(page.locator('#consumer-no')).toBeFocused();
  await speak(page, language);
}

/** The supervisor signs in with a shift of her own open and registers the cabin from F10, in the language given. */
export async function registerCabinAsSupervisor(rokad: RokadApp, gateway: TestGateway, language: Language): Promise<void> {
  const { page } = rokad;
  await openCounterAsSupervisor(rokad, language);
  await openSupervisorSection(page, 'gateway');
  await page.locator('#gateway-url').fill(gateway.url);
  await page.locator('#registration-code').fill(gateway.store.issueRegistrationCode(TEST_AGENT));
  await page.getByTestId('gateway-panel').getByRole('button').click();
  await expect(page.getByTestId('gateway-panel')).toContainText(TEST_AGENT);
}

/** Unpaid bills of the zone still before their due date, so the amount is the by-due one. */
export function unpaidBills(gateway: TestGateway, count: number): ZoneBill[] {
  return gateway.store.db
    .prepare('SELECT consumer_no, amount_by_due_paise FROM bills WHERE due_date >= ? AND paid_by_txn IS NULL ORDER BY consumer_no LIMIT ?')
    .all(indiaDate(new Date()), count) as ZoneBill[];
}

/** The cash for a bill as the cashier types it: the exact amount in rupees. */
export const exactCash = (bill: ZoneBill) => (bill.amount_by_due_paise / 100).toFixed(2);

/** The sync panel's button: one round of upload now, rather than waiting for the timer. */
export async function syncNow(rokad: RokadApp): Promise<void> {
  await rokad.page.getByTestId('sync-panel').getByRole('button').click();
}

/** A payment's void from F4 with the supervisor's id and PIN; the void button is the row's last. */
export async function voidFromReceipts(rokad: RokadApp, receiptNo: string, reason: string): Promise<void> {
  const { page } = rokad;
  await page.keyboard.press('F4');
  await page.getByTestId(`receipt-row-${receiptNo}`).getByRole('button').last().click();
  await page.locator('#void-reason').fill(reason);
  await page.locator('#void-supervisor').fill(PEOPLE.supervisor.userId);
  await page.locator('#void-supervisor-pin').fill(PEOPLE.supervisor.pin);
  await page.locator('#void-supervisor-pin').press('Enter');
  await expect(page.getByTestId('receipts-notice')).toBeVisible();
}
