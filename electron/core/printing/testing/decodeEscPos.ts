import { stackRows, type Bitmap } from '../bitmap';

export type EscPosCommand =
  | { kind: 'init' }
  | { kind: 'raster'; image: Bitmap }
  | { kind: 'cut'; partial: boolean }
  | { kind: 'feed'; lines: number }
  | { kind: 'text'; text: string }
  | { kind: 'statusRequest'; realTime: boolean }
  | { kind: 'setting'; bytes: number[] }
  | { kind: 'unknown'; byte: number };

export interface Decoded {
  commands: EscPosCommand[];
  /** Bytes of a command cut off at the end of the input, left for the next chunk. */
  incomplete: number;
}

type Parsed = { command: EscPosCommand; length: number } | 'incomplete' | undefined;

interface FixedCommand {
  length: number;
  read: (bytes: Uint8Array, at: number) => EscPosCommand;
}

const setting = (length: number): FixedCommand => ({ length, read: (bytes, at) => ({ kind: 'setting', bytes: [...bytes.slice(at, at + length)] }) });

/** ESC and GS commands with one parameter byte that only change how text looks. */
const ONE_BYTE_SETTINGS = ['1b21', '1b2d', '1b33', '1b45', '1b47', '1b4d', '1b52', '1b61', '1b74', '1b7b', '1d21', '1d42', '1d48', '1d66', '1d68', '1d77'];

/** Commands of a fixed length, by their first two bytes in hex. */
const FIXED: Record<string, FixedCommand> = {
  '1b40': { length: 2, read: () => ({ kind: 'init' }) },
  '1b64': { length: 3, read: (bytes, at) => ({ kind: 'feed', lines: bytes[at + 2]! }) },
  '1d72': { length: 3, read: () => ({ kind: 'statusRequest', realTime: false }) },
  '1004': { length: 3, read: () => ({ kind: 'statusRequest', realTime: true }) },
  '1b32': setting(2),
  ...Object.fromEntries(ONE_BYTE_SETTINGS.map((key) => [key, setting(3)])),
};

function parseCommand(bytes: Uint8Array, at: number): Parsed {
  if (at + 2 > bytes.length) return [0x1b, 0x1d, 0x10].includes(bytes[at]!) ? 'incomplete' : undefined;
  const key = Buffer.from(bytes.subarray(at, at + 2)).toString('hex');
  const fixed = FIXED[key];
  if (fixed) return at + fixed.length > bytes.length ? 'incomplete' : { command: fixed.read(bytes, at), length: fixed.length };
  if (key === '1d76') {
    if (at + 8 > bytes.length) return 'incomplete';
    const widthBytes = bytes[at + 4]! + 256 * bytes[at + 5]!;
    const height = bytes[at + 6]! + 256 * bytes[at + 7]!;
    const length = 8 + widthBytes * height;
    if (at + length > bytes.length) return 'incomplete';
    return { command: { kind: 'raster', image: { width: widthBytes * 8, height, data: bytes.slice(at + 8, at + length) } }, length };
  }
  if (key === '1d56') {
    if (at + 3 > bytes.length) return 'incomplete';
    const mode = bytes[at + 2]!;
    // GS V 65/66 carry a feed amount before cutting.
    const length = mode === 0x41 || mode === 0x42 ? 4 : 3;
    if (at + length > bytes.length) return 'incomplete';
    return { command: { kind: 'cut', partial: mode === 0x01 || mode === 0x31 || mode === 0x42 }, length };
  }
  return undefined;
}

/**
 * Reads back what an ESC/POS printer would receive: the commands node-thermal-printer sends for
 * receipts (ESC @, GS v 0 raster, ESC d, GS V, GS r), simple text settings, and plain text.
 */
export function decodeEscPos(bytes: Uint8Array): Decoded {
  const commands: EscPosCommand[] = [];
  let text = '';
  let at = 0;
  while (at < bytes.length) {
    const first = bytes[at]!;
    if ((first >= 0x20 && first < 0x7f) || first === 0x0a) {
      text += String.fromCharCode(first);
      at += 1;
      continue;
    }
    if (text) commands.push({ kind: 'text', text });
    text = '';
    const parsed = parseCommand(bytes, at);
    if (parsed === 'incomplete') break;
    commands.push(parsed ? parsed.command : { kind: 'unknown', byte: first });
    at += parsed ? parsed.length : 1;
  }
  if (text) commands.push({ kind: 'text', text });
  return { commands, incomplete: bytes.length - at };
}

/** The raster strips of a job stitched back into the one image they were cut from. */
export function printedImage(commands: readonly EscPosCommand[]): Bitmap {
  return stackRows(commands.flatMap((command) => (command.kind === 'raster' ? [command.image] : [])));
}

export function countOf(commands: readonly EscPosCommand[], kind: EscPosCommand['kind']): number {
  return commands.filter((command) => command.kind === kind).length;
}
