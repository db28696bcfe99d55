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

/** ESC commands with one parameter byte that only change how text looks. */
const ESC_ONE_BYTE_SETTINGS = new Set([0x21, 0x2d, 0x33, 0x45, 0x47, 0x4d, 0x52, 0x61, 0x74, 0x7b]);
/** GS commands with one parameter byte that only change how text or barcodes look. */
const GS_ONE_BYTE_SETTINGS = new Set([0x21, 0x42, 0x48, 0x66, 0x68, 0x77]);

/**
 * Reads back what an ESC/POS printer would receive: the commands node-thermal-printer sends for
 * receipts (ESC @, GS v 0 raster, ESC d, GS V, GS r), simple text settings, and plain text.
 */
export function decodeEscPos(bytes: Uint8Array): Decoded {
  const commands: EscPosCommand[] = [];
  let text = '';
  const flushText = () => {
    if (text) commands.push({ kind: 'text', text });
    text = '';
  };
  let at = 0;
  const need = (count: number) => at + count <= bytes.length;
  const byte = (offset: number) => bytes[at + offset]!;

  while (at < bytes.length) {
    const first = byte(0);
    if (first >= 0x20 && first < 0x7f) {
      text += String.fromCharCode(first);
      at += 1;
      continue;
    }
    if (first === 0x0a) {
      text += '\n';
      at += 1;
      continue;
    }
    flushText();
    if (first === 0x1b) {
      if (!need(2)) break;
      const command = byte(1);
      if (command === 0x40) {
        commands.push({ kind: 'init' });
        at += 2;
      } else if (command === 0x32) {
        commands.push({ kind: 'setting', bytes: [0x1b, 0x32] });
        at += 2;
      } else if (command === 0x64) {
        if (!need(3)) break;
        commands.push({ kind: 'feed', lines: byte(2) });
        at += 3;
      } else if (ESC_ONE_BYTE_SETTINGS.has(command)) {
        if (!need(3)) break;
        commands.push({ kind: 'setting', bytes: [0x1b, command, byte(2)] });
        at += 3;
      } else {
        commands.push({ kind: 'unknown', byte: first });
        at += 1;
      }
    } else if (first === 0x1d) {
      if (!need(2)) break;
      const command = byte(1);
      if (command === 0x76) {
        if (!need(8)) break;
        const widthBytes = byte(4) + 256 * byte(5);
        const height = byte(6) + 256 * byte(7);
        const size = widthBytes * height;
        if (!need(8 + size)) break;
        commands.push({ kind: 'raster', image: { width: widthBytes * 8, height, data: bytes.slice(at + 8, at + 8 + size) } });
        at += 8 + size;
      } else if (command === 0x56) {
        if (!need(3)) break;
        const mode = byte(2);
        const withFeed = mode === 0x41 || mode === 0x42;
        if (withFeed && !need(4)) break;
        commands.push({ kind: 'cut', partial: mode === 0x01 || mode === 0x31 || mode === 0x42 });
        at += withFeed ? 4 : 3;
      } else if (command === 0x72) {
        if (!need(3)) break;
        commands.push({ kind: 'statusRequest', realTime: false });
        at += 3;
      } else if (GS_ONE_BYTE_SETTINGS.has(command)) {
        if (!need(3)) break;
        commands.push({ kind: 'setting', bytes: [0x1d, command, byte(2)] });
        at += 3;
      } else {
        commands.push({ kind: 'unknown', byte: first });
        at += 1;
      }
    } else if (first === 0x10 && need(2) && byte(1) === 0x04) {
      if (!need(3)) break;
      commands.push({ kind: 'statusRequest', realTime: true });
      at += 3;
    } else if (first === 0x10 && !need(2)) {
      break;
    } else {
      commands.push({ kind: 'unknown', byte: first });
      at += 1;
    }
  }
  flushText();
  return { commands, incomplete: bytes.length - at };
}

/** The raster strips of a job stitched back into the one image they were cut from. */
export function printedImage(commands: readonly EscPosCommand[]): Bitmap {
  return stackRows(commands.flatMap((command) => (command.kind === 'raster' ? [command.image] : [])));
}

export function countOf(commands: readonly EscPosCommand[], kind: EscPosCommand['kind']): number {
  return commands.filter((command) => command.kind === kind).length;
}
