import { expect, type Page } from '@playwright/test';

export type Language = 'en' | 'hi';
export const LANGUAGES: Language[] = ['en', 'hi'];

/** F8 switches the screen; the core remembers it for whoever is signed in. */
export async function speak(page: Page, language: Language): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) !== language) await page.keyboard.press('F8');
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The number and Enter, then the bill on screen with the cursor in the cash: a test's next keys meet the bill, not the lookup. */
export async function findBill(page: Page, consumerNo: string): Promise<void> {
  await page.keyboard.type(consumerNo);
  await page.keyboard.press('Enter');
  await expect(page.locator('#cash')).toBeFocused();
}

/** The usual payment: number, Enter, the cash figure, Enter; then back to an empty counter. */
export async function takePayment(page: Page, consumerNo: string, cash: string): Promise<string> {
  await page.keyboard.press('F2');
  await expect(page.locator('#consumer-no')).toBeFocused();
  await findBill(page, consumerNo);
  await page.keyboard.type(cash);
  await page.keyboard.press('Enter');
  const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.locator('#consumer-no')).toBeFocused();
  return receiptNo;
}

/** The first run's form: the first supervisor's id, name and PIN typed twice (the second may differ, to test that). */
export async function fillFirstSupervisor(page: Page, name: string, pinAgain = '2468'): Promise<void> {
  await page.locator('#setup-user').fill('meena.s');
  await page.locator('#setup-name').fill(name);
  await page.locator('#setup-pin').fill('2468');
  await page.locator('#setup-pin-again').fill(pinAgain);
  await page.keyboard.press('Enter');
}

/** The first run through to an open counter: the supervisor, then a ₹1,000 float in ₹100 notes. */
export async function firstRunToCounter(page: Page): Promise<void> {
  await fillFirstSupervisor(page, 'Meena Singh');
  await page.getByTestId('count-N100').fill('10');
  await page.keyboard.press('Enter');
  await expect(page.locator('#consumer-no')).toBeFocused();
}

/** F10 shows one part at a time: opens F10 on the part named. */
export async function openSupervisorSection(page: Page, section: 'exceptions' | 'training' | 'users' | 'printer' | 'gateway' | 'update'): Promise<void> {
  await page.keyboard.press('F10');
  await page.getByTestId(`supervisor-section-${section}`).click();
}
