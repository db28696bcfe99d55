import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStore } from '../settings/secretStore';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A TEST STAND-IN for the OS keychain (Electron's safeStorage in the app): AES-256-GCM with a key
 * kept in a file in the test's own temporary folder. Real encryption, so a test can prove the
 * token is sealed at rest and opens again on the next start; never used outside tests.
 */
export function testKeychain(dir: string, options: { available?: boolean } = {}): SecretStore {
  const keyFile = join(dir, 'TEST-ONLY-keychain-stand-in.key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
  const key = readFileSync(keyFile);
  return {
    available: () => options.available ?? true,
    encrypt(text) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
