import * as app from './app';
import * as cabin from './cabin';
import * as complaints from './complaints';
import * as day from './day';
import * as desk from './desk';
import * as exceptions from './exceptions';
import * as flow from './flow';
import * as payment from './payment';
import * as printing from './printing';
import * as receipts from './receipts';
import * as recovery from './recovery';
import * as session from './session';
import * as shift from './shift';
import * as supervisor from './supervisor';
import * as sync from './sync';

export { errorsHi } from './errorsHi';

/** One table per part of the window; each part's Hindi is checked against its English. */
export const en = {
  app: app.en,
  cabin: cabin.en,
  complaints: complaints.en,
  day: day.en,
  desk: desk.en,
  exceptions: exceptions.en,
  flow: flow.en,
  payment: payment.en,
  printing: printing.en,
  receipts: receipts.en,
  recovery: recovery.en,
  session: session.en,
  shift: shift.en,
  supervisor: supervisor.en,
  sync: sync.en,
};

export const hi = {
  app: app.hi,
  cabin: cabin.hi,
  complaints: complaints.hi,
  day: day.hi,
  desk: desk.hi,
  exceptions: exceptions.hi,
  flow: flow.hi,
  payment: payment.hi,
  printing: printing.hi,
  receipts: receipts.hi,
  recovery: recovery.hi,
  session: session.hi,
  shift: shift.hi,
  supervisor: supervisor.hi,
  sync: sync.hi,
};
