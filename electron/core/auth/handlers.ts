import { RokadError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { sessionStatus } from './sessionStatus';

/** Signing in and out, the lock screen, the first supervisor, and the people of the cabin. */
export function authHandlers(services: Services) {
  const { sessions, users, audit, db } = services;
  const status = () => sessionStatus(services);

  return {
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

    'session.setLanguage': ({ language }, { user }) => {
      users.setLanguage(user.userId, language);
      sessions.updateUser({ ...user, language });
      audit.append(user.userId, 'LANGUAGE', { language });
      return status();
    },

    'users.list': () => users.list(),

    'users.create': ({ userId, name, role, pin, language, approval }, { user: actor }) => {
      const approver = sessions.approve(approval, 'create user');
      if (users.find(userId)) throw new RokadError('USER_EXISTS', `The user id ${userId} is taken; choose another.`);
      users.insert({ userId, name, role, pin, createdBy: approver.userId, language }, services.now());
      audit.append(actor.userId, 'USER_CREATED', { userId, role, approvedBy: approver.userId });
      return { userId, name, role, language };
    },
  } satisfies Partial<Handlers>;
}
