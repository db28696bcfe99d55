import { expect, test } from './harness/rokadTest';

test.use({ counterOpen: false });

test('first run: the supervisor is created, opens a shift by counting the float, and takes a payment', async ({ rokad }) => {
  const { page } = rokad;
  await expect(page.getByRole('heading', { name: /create the first supervisor/ })).toBeVisible();
  await rokad.screenshot('10-first-run');
  await page.locator('#setup-user').fill('meena.s');
  await page.locator('#setup-name').fill('मीना सिंह / Meena Singh');
  await page.locator('#setup-pin').fill('2468');
  await page.locator('#setup-pin-again').fill('2468');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: /Open your shift/ })).toBeVisible();
  await page.getByTestId('count-N500').fill('2');
  await page.getByTestId('count-C10').fill('5');
  await expect(page.getByTestId('float-total')).toHaveText('₹1,050.00');
  await rokad.screenshot('11-open-shift');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('signed-in-user')).toHaveText('मीना सिंह / Meena Singh · Supervisor');
  await page.locator('#consumer-no').fill('1234567890');
  await page.keyboard.press('Enter');
  await page.keyboard.type('410');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('receipt-no')).toHaveText('E2E-01-000001');

  const [shift] = rokad.readLedger<{ opening_float_paise: number; user_id: string }>('SELECT * FROM shifts');
  expect(shift).toMatchObject({ opening_float_paise: 105_000, user_id: 'meena.s' });
  expect(rokad.readLedger<{ user_id: string }>('SELECT user_id FROM ledger')).toEqual([{ user_id: 'meena.s' }]);
});

test('sign-in: a wrong PIN is refused with the tries left; the right one opens the counter', async ({ rokad }) => {
  const { page, services } = rokad;
  services.users.insert({ userId: 'ravi.k', name: 'Ravi Kushwaha', role: 'AGENT', pin: '1357', createdBy: null }, new Date());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.locator('#signin-user').fill('ravi.k');
  await page.locator('#signin-pin').fill('0000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error')).toHaveText('Wrong user id or PIN. 4 tries left before the account is locked.');
  await rokad.screenshot('12-sign-in-wrong-pin');
  await page.locator('#signin-pin').fill('1357');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Open your shift/ })).toBeVisible();
});

test('a supervisor finds training, people and the printer under F10', async ({ rokad }) => {
  const { page } = rokad;
  await page.locator('#setup-user').fill('meena.s');
  await page.locator('#setup-name').fill('Meena Singh');
  await page.locator('#setup-pin').fill('2468');
  await page.locator('#setup-pin-again').fill('2468');
  await page.keyboard.press('Enter');
  await page.getByTestId('count-N100').fill('10');
  await page.keyboard.press('Enter');
  await expect(page.locator('#consumer-no')).toBeFocused();
  await page.keyboard.press('F10');
  await expect(page.getByTestId('printer-settings')).toContainText(/paper/i);
  await expect(page.getByTestId('users-panel')).toContainText('meena.s');
  await rokad.screenshot('13-printer-settings');
});
