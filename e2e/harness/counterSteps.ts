import { expect, type Page } from '@playwright/test';

export type Language = 'en' | 'hi';
export const LANGUAGES: Language[] = ['en', 'hi'];

/** F8 switches the screen; the core remembers it for whoever is signed in. */
export async function speak(page: Page, language: Language): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) !== language) await page.keyboard.press('F8');
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The usual payment: number, Enter, the cash figure, Enter; then back to an empty counter. */
export async function takePayment(page: Page, consumerNo: string, cash: string): Promise<string> {
  await page.keyboard.press('F2');
  await expect(page.locator('#consumer-no')).toBeFocused();
  await page.keyboard.type(consumerNo);
  await page.keyboard.press('Enter');
  await expect(page.locator('#cash')).toBeFocused();
  await page.keyboard.type(cash);
  await page.keyboard.press('Enter');
  const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.locator('#consumer-no')).toBeFocused();
  return receiptNo;
}
