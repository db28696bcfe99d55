import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** Where Electron's own better-sqlite3 build is kept, apart from the package's build for Node. */
export const ELECTRON_BINDING_FOLDER = join('native', 'electron');
export const ELECTRON_BINDING_FILE = join(ELECTRON_BINDING_FOLDER, 'better_sqlite3.node');
/** Written beside the build by `npm run native:electron`: what the build is for. */
export const ELECTRON_BINDING_STAMP = join(ELECTRON_BINDING_FOLDER, 'better_sqlite3.json');
export const FIX_COMMAND = 'npm run native:electron';

export const bindingStampSchema = z.strictObject({
  runtime: z.literal('electron'),
  electron: z.string(),
  /** NODE_MODULE_VERSION: Electron 45's is 150, Node 20's 115, Node 22's 127. */
  modules: z.string(),
  platform: z.string(),
  arch: z.string(),
  betterSqlite3: z.string(),
  /** prebuild-install or @electron/rebuild. */
  source: z.string(),
});
export type BindingStamp = z.infer<typeof bindingStampSchema>;

export interface RuntimeVersions {
  /** Set only inside Electron. */
  electron?: string | undefined;
  modules: string;
}

export interface BindingQuestion {
  /** process.versions of the runtime that will open the ledger. */
  versions: RuntimeVersions;
  platform: string;
  arch: string;
  /** The app's root: the source folder, or resources/app.asar in an installed app. */
  appRoot: string;
  /** The installed better-sqlite3's version: its JavaScript and its build must match. */
  betterSqlite3: string;
  /** Reads a file, null when it is not there. */
  readText: (path: string) => string | null;
  exists: (path: string) => boolean;
}

export type BindingChoice = { kind: 'package' } | { kind: 'electron'; path: string } | { kind: 'problem'; message: string };

/** An installed app keeps native files beside app.asar, in app.asar.unpacked, where the loader can open them. */
export function unpackedRoot(appRoot: string): string {
  return appRoot.replace(/app\.asar$/, 'app.asar.unpacked');
}

const fixSentence = `run ${FIX_COMMAND} once (it needs internet) and start Rokad again.`;

/**
 * Which better-sqlite3 build this runtime loads. Plain Node loads the package's own, built by
 * `npm install`; Electron loads the build kept for it, and only if the stamp beside it says it
 * is for this Electron's ABI, this system and this better-sqlite3. Anything else is one sentence
 * that names the command which fixes it, instead of Node's "compiled against a different
 * Node.js version" stack trace at the first open.
 */
export function chooseSqliteBinding(question: BindingQuestion): BindingChoice {
  const { versions } = question;
  if (!versions.electron) return { kind: 'package' };
  const root = unpackedRoot(question.appRoot);
  const path = join(root, ELECTRON_BINDING_FILE);
  const stampText = question.readText(join(root, ELECTRON_BINDING_STAMP));
  if (!question.exists(path) || stampText === null) {
    return { kind: 'problem', message: `Rokad's database module for Electron is missing (${ELECTRON_BINDING_FILE}): ${fixSentence}` };
  }
  let stamp: BindingStamp;
  try {
    stamp = bindingStampSchema.parse(JSON.parse(stampText));
  } catch {
    return { kind: 'problem', message: `Rokad's database module for Electron has an unreadable ${ELECTRON_BINDING_STAMP}: ${fixSentence}` };
  }
  const wanted = `Electron ${versions.electron} (ABI ${versions.modules}) on ${question.platform}-${question.arch} with better-sqlite3 ${question.betterSqlite3}`;
  const built = `Electron ${stamp.electron} (ABI ${stamp.modules}) on ${stamp.platform}-${stamp.arch} with better-sqlite3 ${stamp.betterSqlite3}`;
  if (stamp.modules !== versions.modules || stamp.platform !== question.platform || stamp.arch !== question.arch || stamp.betterSqlite3 !== question.betterSqlite3) {
    return { kind: 'problem', message: `Rokad's database module for Electron was built for ${built}, but this is ${wanted}: ${fixSentence}` };
  }
  return { kind: 'electron', path };
}

const readIfThere = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/** The installed better-sqlite3's version, read from its package.json beside its lib. */
export function installedBetterSqlite3(): string {
  const entry = createRequire(__filename).resolve('better-sqlite3');
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The choice for the running process, from the files on disk: what Electron main asks before the first open. */
export function chooseSqliteBindingHere(appRoot: string, versions: RuntimeVersions): BindingChoice {
  return chooseSqliteBinding({
    versions,
    platform: process.platform,
    arch: process.arch,
    appRoot,
    betterSqlite3: installedBetterSqlite3(),
    readText: readIfThere,
    exists: existsSync,
  });
}
