import type { SessionStatus, ShiftReport } from '../../shared/domain';
import { walletMovements } from './wallet/walletMovements';
import { RokadError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/contract';
import { indiaDate } from '../../shared/time';
import { lookupBill } from './bills/lookupBill';
import { toRecordedPayment } from './ledger/ledgerRow';
import type { Services } from './createServices';
import { readBillerRules } from './rules/billerRulesStore';
import { isTrainingMode, setTrainingMode } from './settings/trainingMode';
import { refusedPayments, uploadStatus } from './sync/outbox';
import { registerDevice, syncStatus } from './sync/syncCycle';
import { walletStatus } from './wallet/wallet';

/**
 * The map from channel to function that every transport serves: Electron's ipcMain in the app,
 * Playwright's exposeBinding in the Chromium tests. Inputs arrive already parsed by the contract;
 * who may do what is decided here from the session the core holds, never from the window's word.
 */
export function createHandlers(services: Services): Handlers {
  const { sessions, shifts, users, audit, db } = services;

  /**
   * For what the window polls (uploads, wallet): someone must be signed in and unlocked, but a poll
   * is not the person working, so it does not keep an idle screen from locking.
   */
  /** The signed-in person's open shift, or a shift named; another agent's only for a supervisor. */
  function reportFor(shiftId: string | undefined): ShiftReport {
    const user = sessions.require();
    const id = shiftId ?? shifts.current(user.userId)?.shiftId;
    if (!id) throw new RokadError('NO_SHIFT', 'There is no open shift to report on.');
    const report = shifts.report(id);
    if (report.userId !== user.userId && user.role !== 'SUPERVISOR') throw new RokadError('NOT_ALLOWED', 'Only a supervisor can see another agent’s shift.');
    return report;
  }

  function watching(): void {
    const active = sessions.current();
    if (!active) throw new RokadError('SIGNED_OUT', 'Sign in first.');
    if (active.locked) throw new RokadError('SESSION_LOCKED', 'The screen is locked. Enter your PIN to go on.', { minutes: status().idleMinutes });
  }

  function status(): SessionStatus {
    const current = sessions.current();
    return {
      firstRun: users.count() === 0,
      user: current?.user ?? null,
      locked: current?.locked ?? false,
      idleMinutes: 0,
      shift: current ? shifts.current(current.user.userId) : null,
      training: isTrainingMode(db),
      rules: readBillerRules(db),
    };
  }

  function collector() {
    const user = sessions.require();
    const shift = shifts.current(user.userId);
    if (!shift) throw new RokadError('NO_SHIFT', 'Open a shift first: count the opening float into the drawer.');
    return { user, shiftId: shift.shiftId, training: isTrainingMode(db) };
  }

  return {
    'app.info': () => ({ cabinCode: services.cabinCode, today: indiaDate(services.now()), canChooseFolder: services.chooseFolder !== undefined }),

    'app.restart': () => {
      throw new RokadError('NOT_ALLOWED', 'Rokad starts again by itself only after a backup is restored.');
    },

    'app.chooseFolder': async () => {
      sessions.require('SUPERVISOR');
      if (!services.chooseFolder) return { available: false, folder: null };
      return { available: true, folder: await services.chooseFolder() };
    },

    'session.status': () => status(),

    'setup.firstSupervisor': ({ userId, name, pin, language }) => {
      db.transaction(() => {
        if (users.count() > 0) throw new RokadError('NOT_FIRST_RUN', 'Rokad already has users; a supervisor adds new ones.');
        users.insert({ userId, name, role: 'SUPERVISOR', pin, createdBy: null, language }, services.now());
        audit.append(userId, 'SETUP', { firstSupervisor: userId });
      }).immediate();
      sessions.startFor({ userId, name, role: 'SUPERVISOR', language });
      return status();
    },

    'session.signIn': ({ userId, pin }) => {
      sessions.signIn(userId, pin);
      return status();
    },

    'session.unlock': ({ pin }) => {
      sessions.unlock(pin);
      return status();
    },

    'session.lock': () => {
      sessions.lock();
      return status();
    },

    'session.signOut': () => {
      sessions.signOut();
      return status();
    },

    'session.setLanguage': ({ language }) => {
      const user = sessions.require();
      users.setLanguage(user.userId, language);
      sessions.updateUser({ ...user, language });
      audit.append(user.userId, 'LANGUAGE', { language });
      return status();
    },

    'users.list': () => {
      sessions.require('SUPERVISOR');
      return users.list();
    },

    'users.create': ({ userId, name, role, pin, language, approval }) => {
      const actor = sessions.require();
      const approver = sessions.approve(approval, 'create user');
      if (users.find(userId)) throw new RokadError('USER_EXISTS', `The user id ${userId} is taken; choose another.`);
      users.insert({ userId, name, role, pin, createdBy: approver.userId, language }, services.now());
      audit.append(actor.userId, 'USER_CREATED', { userId, role, approvedBy: approver.userId });
      return { userId, name, role, language };
    },

    'shift.open': ({ count }) => {
      shifts.open(sessions.require(), count);
      return status();
    },

    'shift.cashMove': ({ direction, amountPaise, reason }) => shifts.moveCash(sessions.require(), direction, amountPaise, reason),

    'shift.closePreview': ({ count }) => shifts.preview(sessions.require(), count),

    'shift.close': ({ count, note, approval }) => {
      const user = sessions.require();
      const approver = approval ? sessions.approve(approval, 'close shift with a difference') : null;
      return shifts.close(user, count, note ?? null, approver);
    },

    'shift.report': ({ shiftId }) => reportFor(shiftId),

    'shift.printReport': async ({ shiftId }) => {
      await services.receipts.printShiftReport(reportFor(shiftId));
      return { printed: true };
    },

    'bills.lookup': async ({ consumerNo }) => {
      const { training } = collector();
      const found = await lookupBill(services, consumerNo, { checkWallet: !training });
      return {
        ...found,
        earlierPayments: services.payments.earlierForBill(found.bill.consumerNo, found.bill.billNumber, training),
        paidTodayPaise: training ? 0 : services.payments.paidOnDay(found.bill.consumerNo, found.today),
        rules: readBillerRules(db),
      };
    },

    'payments.record': (request) => services.recordPayment(request, collector()),

    'payments.recent': () => {
      const { shiftId } = collector();
      return services.payments.ofShift(shiftId, 20).map((row) => toRecordedPayment(row, false, services.payments.isVoided(row.entry_id)));
    },

    'payments.void': ({ receiptNo, reason, approval }) => {
      const actor = sessions.require();
      const approver = sessions.approve(approval, `void ${receiptNo}`);
      return services.voidPayment({ receiptNo, reason }, actor, approver);
    },

    'payments.reprint': ({ receiptNo }) => {
      const user = sessions.require();
      // The logged copy number and the queued DUPLICATE commit together; receipts.print then prints it.
      const reprint = db.transaction(() => {
        const logged = services.logReprint(receiptNo, user);
        services.receipts.queueReprint(logged.receiptNo, logged.copy);
        return logged;
      }).immediate();
      const entryId = services.payments.byReceiptNo(receiptNo)?.entry_id;
      const uploaded = entryId ? uploadStatus(db, entryId) : undefined;
      return { ...reprint, txnRefId: uploaded?.txnRefId ?? null, approvalRefNumber: uploaded?.approvalRefNumber ?? null };
    },

    'settings.setTraining': ({ on, approval }) => {
      const actor = sessions.require();
      const approver = sessions.approve(approval, on ? 'training on' : 'training off');
      setTrainingMode(db, on);
      audit.append(actor.userId, 'SETTINGS_CHANGE', { trainingMode: on, approvedBy: approver.userId });
      return status();
    },

    'bills.search': ({ text }) => {
      sessions.require();
      return services.bills.search(text);
    },
    'wallet.status': () => {
      watching();
      return walletStatus(services.db, services.now());
    },
    'sync.status': () => {
      watching();
      return syncStatus(services.db);
    },
    'sync.now': async () => {
      await services.sync.runNow();
      return syncStatus(services.db);
    },
    'device.register': (registration) => {
      sessions.require('SUPERVISOR');
      return registerDevice(services.db, services.deviceToken, { ...registration, cabinCode: services.cabinCode });
    },
    'payments.uploadStatus': ({ clientTxnId }) => uploadStatus(services.db, clientTxnId) ?? null,
    'sync.exceptions': () => {
      watching();
      return refusedPayments(services.db);
    },
    'exceptions.retry': ({ clientTxnId, approval }) => {
      const actor = sessions.require();
      const approver = sessions.approve(approval, `retry upload ${clientTxnId}`);
      return services.exceptions.retry(clientTxnId, actor, approver);
    },
    'exceptions.refund': ({ clientTxnId, reason, approval }) => {
      const actor = sessions.require();
      const approver = sessions.approve(approval, `refund ${clientTxnId}`);
      return services.exceptions.refund({ clientTxnId, reason }, actor, approver);
    },
    'receipts.preview': ({ receiptNo, widthDots }) => {
      sessions.require();
      return services.receipts.preview(receiptNo, widthDots);
    },

    'receipts.print': ({ receiptNo }) => {
      sessions.require();
      return services.receipts.print(receiptNo);
    },

    'receipts.retry': ({ jobId }) => {
      sessions.require();
      return services.receipts.retry(jobId);
    },

    'receipts.pending': () => {
      sessions.require();
      return services.receipts.pending();
    },

    'printer.getSettings': () => {
      sessions.require();
      return services.receipts.settings();
    },

    'printer.saveSettings': (settings) => {
      const supervisor = sessions.require('SUPERVISOR');
      services.receipts.saveSettings(settings);
      audit.append(supervisor.userId, 'SETTINGS_CHANGE', { printer: settings });
      return settings;
    },

    'printer.testPrint': async (settings) => {
      sessions.require();
      return { message: await services.receipts.testPrint(settings) };
    },

    'printer.status': async () => {
      sessions.require();
      return { message: await services.receipts.status() };
    },

    'reports.day': (range) => {
      sessions.require('SUPERVISOR');
      return services.dayReport(range);
    },

    'wallet.movements': (range) => {
      sessions.require('SUPERVISOR');
      return walletMovements(services.gateway(), range);
    },

    'exports.write': (request) => services.writeExports(request, sessions.require('SUPERVISOR')),

    'startup.health': () => services.health(),

    'backups.list': () => {
      sessions.require('SUPERVISOR');
      return services.backups.list();
    },

    'backups.now': () => services.backups.take('SUPERVISOR', sessions.require('SUPERVISOR').userId),

    'backups.getSettings': () => {
      sessions.require('SUPERVISOR');
      return services.backups.settings();
    },

    'backups.saveSettings': (settings) => services.backups.saveSettings(settings, sessions.require('SUPERVISOR').userId),

    'backups.restore': () => {
      throw new RokadError('DB_NOT_DAMAGED', 'The database passed its check at start-up; a backup is restored only over a damaged one.');
    },
  };
}
