import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { registerFonts } from '../fonts/registerFonts';
import { bitmapFromRgba, type Bitmap } from './bitmap';
import type { Align, Block, TextSize } from './layoutReceipt';

/** 80 mm paper. */
export const WIDE_DOTS = 576;
/** 58 mm paper. */
export const NARROW_DOTS = 384;

export interface RenderOptions {
  widthDots: number;
  /** The folder holding the bundled Noto Sans Devanagari TTFs. */
  fontsDir: string;
}

// Medium and Bold: Regular's thin strokes break up once reduced to 1-bit dots.
const TEXT_FAMILY = 'Rokad Devanagari Medium';
const BOLD_FAMILY = 'Rokad Devanagari Bold';
const RECEIPT_FONTS = [
  ['NotoSansDevanagari_500Medium.ttf', TEXT_FAMILY],
  ['NotoSansDevanagari_700Bold.ttf', BOLD_FAMILY],
] as const;

const SIZES_AT_80MM: Record<TextSize, number> = { small: 20, body: 24, large: 28, title: 34 };

type DrawOp =
  { op: 'text'; text: string; x: number; baseline: number; font: string; white: boolean } | { op: 'rect'; x: number; y: number; width: number; height: number; white: boolean };

/** Places the blocks on a page of the given width, measuring with `ctx`; returns what to draw and the page height. */
class Page {
  readonly ops: DrawOp[] = [];
  y: number;
  private readonly margin: number;
  private readonly inner: number;

  constructor(
    private readonly ctx: SKRSContext2D,
    private readonly width: number,
  ) {
    this.margin = Math.round(width / 72);
    this.inner = width - 2 * this.margin;
    this.y = this.margin;
  }

  private fontFor(size: TextSize, bold: boolean): { font: string; ascent: number; lineHeight: number } {
    // 58 mm paper gets smaller type, but not in proportion: Hindi below ~17 dots loses its matras.
    const px = Math.round(SIZES_AT_80MM[size] * (0.5 + (0.5 * this.width) / 576));
    const font = `${px}px "${bold ? BOLD_FAMILY : TEXT_FAMILY}"`;
    this.ctx.font = font;
    const metrics = this.ctx.measureText('कि Ag');
    // Room above and below the font's own box: stacked marks (reph, candrabindu) reach past it.
    const pad = Math.ceil(px * 0.12);
    return { font, ascent: Math.ceil(metrics.fontBoundingBoxAscent) + pad, lineHeight: Math.ceil(metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent) + 2 * pad };
  }

  private measure(text: string, font: string): number {
    this.ctx.font = font;
    return this.ctx.measureText(text).width;
  }

  /** Greedy word wrap; a word wider than the line is cut between grapheme clusters. */
  private wrap(text: string, font: string, maxWidth: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.measure(candidate, font) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const { segment } of new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(word)) {
        if (line && this.measure(line + segment, font) > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += segment;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  private xFor(align: Align, textWidth: number): number {
    if (align === 'center') return Math.round(this.margin + (this.inner - textWidth) / 2);
    if (align === 'right') return Math.round(this.margin + this.inner - textWidth);
    return this.margin;
  }

  private lines(text: string, size: TextSize, bold: boolean, align: Align, white = false): void {
    const { font, ascent, lineHeight } = this.fontFor(size, bold);
    for (const line of this.wrap(text, font, this.inner)) {
      this.ops.push({ op: 'text', text: line, x: this.xFor(align, this.measure(line, font)), baseline: this.y + ascent, font, white });
      this.y += lineHeight;
    }
  }

  private row(label: string, value: string, size: TextSize, bold: boolean): void {
    const labelFont = this.fontFor(size === 'title' ? 'body' : size, false);
    const valueFont = this.fontFor(size, bold);
    const labelWidth = this.measure(label, labelFont.font);
    const valueWidth = this.measure(value, valueFont.font);
    const gap = Math.round(this.width / 48);
    if (labelWidth + gap + valueWidth > this.inner) {
      this.lines(label, size === 'title' ? 'body' : size, false, 'left');
      this.lines(value, size, bold, 'right');
      return;
    }
    const ascent = Math.max(labelFont.ascent, valueFont.ascent);
    this.ops.push({ op: 'text', text: label, x: this.margin, baseline: this.y + ascent, font: labelFont.font, white: false });
    this.ops.push({ op: 'text', text: value, x: this.xFor('right', valueWidth), baseline: this.y + ascent, font: valueFont.font, white: false });
    this.y += ascent + Math.max(labelFont.lineHeight - labelFont.ascent, valueFont.lineHeight - valueFont.ascent);
  }

  private banner(text: string): void {
    const { font, lineHeight } = this.fontFor('large', true);
    const pad = Math.round(this.width / 96);
    const lineCount = this.wrap(text, font, this.inner).length;
    this.y += pad;
    this.ops.push({ op: 'rect', x: this.margin, y: this.y, width: this.inner, height: 2 * pad + lineCount * lineHeight, white: false });
    this.y += pad;
    this.lines(text, 'large', true, 'center', true);
    this.y += 2 * pad;
  }

  private rule(): void {
    const gap = Math.round(this.width / 64);
    this.y += gap;
    this.ops.push({ op: 'rect', x: this.margin, y: this.y, width: this.inner, height: 2, white: false });
    this.y += 2 + gap;
  }

  private qr(payload: string): void {
    const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
    // Whole dots per module and a 4-module quiet zone: crisp edges survive 1-bit and decode.
    const dots = Math.max(3, Math.floor((this.width * 0.4) / (modules.size + 8)));
    const side = modules.size * dots;
    const left = Math.round((this.width - side) / 2);
    this.y += 4 * dots;
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) this.ops.push({ op: 'rect', x: left + col * dots, y: this.y + row * dots, width: dots, height: dots, white: false });
      }
    }
    this.y += side + 4 * dots;
  }

  place(block: Block): void {
    switch (block.kind) {
      case 'text':
        return this.lines(block.text, block.size, block.bold, block.align);
      case 'row':
        return this.row(block.label, block.value, block.size, block.bold);
      case 'banner':
        return this.banner(block.text);
      case 'rule':
        return this.rule();
      case 'qr':
        return this.qr(block.payload);
      case 'gap':
        this.y += Math.round(this.width / 48);
        return;
    }
  }

  height(): number {
    return this.y + this.margin * 3;
  }
}

/**
 * Draws the blocks into one 1-bit image exactly `widthDots` wide. Text is shaped by Skia and
 * HarfBuzz, so conjuncts and matras come out as they should, then reduced to black and white:
 * this image is both what the printer gets and what the screen previews.
 */
export function renderReceipt(blocks: readonly Block[], options: RenderOptions): Bitmap {
  if (!Number.isInteger(options.widthDots) || options.widthDots % 8 !== 0 || options.widthDots < 256) {
    throw new Error(`A receipt is drawn at a whole number of bytes of dots, at least 256: ${options.widthDots} is not.`);
  }
  registerFonts(options.fontsDir, RECEIPT_FONTS, 'receipt');
  const measuring = createCanvas(options.widthDots, 1).getContext('2d');
  const page = new Page(measuring, options.widthDots);
  for (const block of blocks) page.place(block);

  const height = page.height();
  const canvas = createCanvas(options.widthDots, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, options.widthDots, height);
  for (const op of page.ops) {
    ctx.fillStyle = op.white ? '#fff' : '#000';
    if (op.op === 'rect') {
      ctx.fillRect(op.x, op.y, op.width, op.height);
    } else {
      ctx.font = op.font;
      ctx.fillText(op.text, op.x, op.baseline);
    }
  }
  return bitmapFromRgba(ctx.getImageData(0, 0, options.widthDots, height).data, options.widthDots, height);
}
