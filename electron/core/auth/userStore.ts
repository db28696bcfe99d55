import type { Language, Role, SignedInUser } from '../../../shared/domain';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { hashPin } from './pinHash';

export interface UserRow {
  user_id: string;
  name: string;
  role: Role;
  pin_salt: string;
  pin_hash: string;
  failed_pins: number;
  locked_until: string | null;
  language: Language;
}

export function toSignedInUser(row: UserRow): SignedInUser {
  return { userId: row.user_id, name: row.name, role: row.role, language: row.language };
}

export interface UserStore {
  count(): number;
  find(userId: string): UserRow | undefined;
  list(): SignedInUser[];
  /** A new person starts in the language the screen was in when they were added, English unless said. */
  insert(user: { userId: string; name: string; role: Role; pin: string; createdBy: string | null; language?: Language }, at: Date): void;
  setFailedPins(userId: string, failures: number, lockedUntil: string | null): void;
  clearFailedPins(userId: string): void;
  setLanguage(userId: string, language: Language): void;
}

/** People and their PINs. Only a salted scrypt hash of a PIN is ever stored. */
export function createUserStore(db: Db): UserStore {
  return {
    count: () => db.prepare('SELECT count(*) FROM users').pluck().get() as number,
    find: (userId) => db.prepare('SELECT * FROM users WHERE user_id = ?').get(userId) as UserRow | undefined,
    list: () => (db.prepare('SELECT * FROM users ORDER BY role DESC, name').all() as UserRow[]).map(toSignedInUser),
    insert({ userId, name, role, pin, createdBy, language = 'en' }, at) {
      const { salt, hash } = hashPin(pin);
      db.prepare(`INSERT INTO users (user_id, name, role, pin_salt, pin_hash, created_at, created_by, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
        userId,
        name,
        role,
        salt,
        hash,
        at.toISOString(),
        createdBy,
        language,
      );
    },
    setFailedPins(userId, failures, lockedUntil) {
      db.prepare('UPDATE users SET failed_pins = ?, locked_until = ? WHERE user_id = ?').run(failures, lockedUntil, userId);
    },
    clearFailedPins(userId) {
      db.prepare('UPDATE users SET failed_pins = 0, locked_until = NULL WHERE user_id = ?').run(userId);
    },
    setLanguage(userId, language) {
      db.prepare('UPDATE users SET language = ? WHERE user_id = ?').run(language, userId);
    },
  };
}
