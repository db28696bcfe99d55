import { fillFirstSupervisor, firstRunToCounter, openSupervisorSection } from './harness/counterSteps';
import { expect, test } from './harness/rokadTest';

test.use({ counterOpen: false });

test('first run: the supervisor is created, opens a shift by counting the float, and takes a payment', async ({ rokad }) => {
  const { page } = rokad;
  await expect(page.getByRole('heading', { name: /create the first supervisor/ })).toBeVisible();
  await rokad.screenshot('10-first-run');
  await fillFirstSupervisor(page, 'मीना सिंह / Meena Singh');

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
  await firstRunToCounter(page);
  await expect(page.locator('#consumer-no')).toBeFocused();
  await openSupervisorSection(page, 'printer');
  await expect(page.getByTestId('printer-settings')).toContainText(/paper/i);
  await page.getByTestId('supervisor-section-users').click();
  await expect(page.getByTestId('users-panel')).toContainText('meena.s');
  await rokad.screenshot('13-printer-settings');
});

test('five wrong PINs lock the account: even the right PIN is refused until the lock runs out', async ({ rokad }) => {
  const { page, services } = rokad;
  services.users.insert({ userId: 'ravi.k', name: 'Ravi Kushwaha', role: 'AGENT', pin: '1357', createdBy: null }, new Date());
  await page.reload();
  await page.locator('#signin-user').fill('ravi.k');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.locator('#signin-pin').fill('0000');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('error')).toContainText(attempt < 5 ? `${5 - attempt} ${attempt === 4 ? 'try' : 'tries'} left` : 'locked for 15 minutes');
  }
  await page.locator('#signin-pin').fill('1357');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error')).toContainText("Ravi Kushwaha's account is locked after 5 wrong PINs, until");
  await rokad.screenshot('14-locked-out');
  expect(rokad.readLedger<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('FAILED_PIN', 'LOCKOUT')").map((row) => row.action)).toEqual([
    ...Array<string>(5).fill('FAILED_PIN'),
    'LOCKOUT',
  ]);
});

test('the first run, sign-in and opening float in Hindi, chosen before anyone signs in', async ({ rokad }) => {
  const { page } = rokad;
  await expect(page.locator('#setup-user')).toBeFocused();
  await page.keyboard.press('F8');
  await expect(page.getByRole('heading', { name: 'रोकड़ में स्वागत है: पहला सुपरवाइज़र बनाएँ' })).toBeVisible();
  await rokad.screenshot('hi-10-first-run');
  await fillFirstSupervisor(page, 'मीना सिंह', '2486');
  await expect(page.getByTestId('error')).toHaveText('दोनों पिन अलग हैं; फिर से लिखें।');
  await page.locator('#setup-pin-again').fill('2468');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /अपनी शिफ़्ट खोलें/ })).toBeVisible();
  await page.getByTestId('count-N100').fill('10');
  await rokad.screenshot('hi-11-open-shift');

  await page.getByRole('button', { name: 'साइन आउट' }).click();
  await expect(page.getByRole('heading', { name: 'साइन इन' })).toBeVisible();
  await page.locator('#signin-user').fill('meena.s');
  await page.locator('#signin-pin').fill('1111');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error')).toHaveText('यूज़र आईडी या पिन गलत है। खाता बंद होने से पहले 4 कोशिशें बाकी हैं।');
  await rokad.screenshot('hi-12-sign-in-wrong-pin');
  await page.locator('#signin-pin').fill('2468');
  await page.keyboard.press('Enter');
  await page.getByTestId('count-N100').fill('10');
  await page.keyboard.press('Enter');
  await openSupervisorSection(page, 'users');
  await expect(page.getByTestId('users-panel')).toContainText('सुपरवाइज़र');
  await rokad.screenshot('hi-13-supervisor');
  const [user] = rokad.readLedger<{ language: string }>("SELECT language FROM users WHERE user_id = 'meena.s'");
  expect(user?.language).toBe('hi');
});
