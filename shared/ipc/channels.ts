/** Every channel the window may call. The preload refuses any other name before it reaches main. */
export const channels = [
  'app.info',
  'session.status',
  'setup.firstSupervisor',
  'session.signIn',
  'session.unlock',
  'session.signOut',
  'session.setLanguage',
  'users.list',
  'users.create',
  'shift.open',
  'shift.cashMove',
  'shift.closePreview',
  'shift.close',
  'shift.report',
  'bills.lookup',
  'payments.record',
  'payments.recent',
  'payments.void',
  'payments.reprint',
  'settings.setTraining',
  'bills.search',
  'wallet.status',
  'sync.status',
  'sync.now',
  'device.register',
  'payments.uploadStatus',
  'sync.exceptions',
  'receipts.preview',
  'receipts.print',
  'receipts.retry',
  'receipts.pending',
  'printer.getSettings',
  'printer.saveSettings',
  'printer.testPrint',
  'printer.status',
  'reports.day',
  'exports.write',
] as const;

export type Channel = (typeof channels)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (channels as readonly string[]).includes(name);
}
