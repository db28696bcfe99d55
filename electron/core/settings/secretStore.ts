/**
 * Seals small secrets (the device token) with a key the operating system keeps for the signed-in
 * user: Electron's safeStorage in the app (DPAPI on Windows), a stand-in in tests. The core never
 * imports electron; main hands it one of these.
 */
export interface SecretStore {
  encrypt(text: string): Buffer;
  decrypt(sealed: Buffer): string;
  /** False when the OS offers no real key (then nothing is sealed and the token stays as it was). */
  available(): boolean;
}
