/** Every channel the window may call. The preload refuses any other name before it reaches main. */
export const channels = [
  'app.info',
  'bills.lookup',
  'payments.record',
  'receipts.preview',
  'receipts.print',
  'receipts.retry',
  'receipts.reprint',
  'receipts.pending',
  'printer.getSettings',
  'printer.saveSettings',
  'printer.testPrint',
  'printer.status',
] as const;

export type Channel = (typeof channels)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (channels as readonly string[]).includes(name);
}
