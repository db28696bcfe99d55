import { fillFirstSupervisor, LANGUAGES, openSupervisorSection, speak } from './harness/counterSteps';
import { expect, test } from './harness/rokadTest';

test.use({ counterOpen: false });

const say = {
  en: { note: /Only taking payments needs a float\. To add the agents/ },
  hi: { note: /नकदी केवल भुगतान लेने के लिए चाहिए। एजेंट जोड़ने/ },
};

for (const language of LANGUAGES) {
  test(`a new cabin's supervisor adds an agent from F10 without counting a float (${language})`, async ({ rokad }) => {
    const { page } = rokad;
    await speak(page, language);
    await fillFirstSupervisor(page, 'Meena Singh');
    await expect(page.getByTestId('supervisor-no-float')).toHaveText(say[language].note);
    await rokad.screenshot(`${language}-49-first-run-supervisor`);
    await openSupervisorSection(page, 'users');
    await expect(page.getByTestId('users-panel')).toBeVisible();
    await page.locator('#new-user-id').fill('ravi.k');
    await page.locator('#new-user-name').fill('Ravi Kushwaha');
    await page.locator('#new-user-pin').fill('1357');
    await page.locator('#new-user-supervisor').fill('meena.s');
    await page.locator('#new-user-supervisor-pin').fill('2468');
    await page.locator('#new-user-supervisor-pin').press('Enter');
    await expect(page.getByTestId('users-panel')).toContainText('ravi.k');
    expect(rokad.readLedger("SELECT user_id FROM users WHERE user_id = 'ravi.k'")).toHaveLength(1);
    expect(rokad.readLedger('SELECT * FROM shifts')).toHaveLength(0);
    // Taking a payment is what asks for the float.
    await page.keyboard.press('F2');
    await expect(page.getByTestId('count-N500')).toBeFocused();
  });
}
