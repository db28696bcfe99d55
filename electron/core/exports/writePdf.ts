import { drawerTerms, termOperator } from '../../../shared/drawer';
import { bilingual } from '../reports/drawerTermLabels';
import { REVERSAL_STATE_LABELS } from '../../../shared/reversalStateLabels';
import { PDFDocument } from '@napi-rs/canvas';
import { formatPaise } from '../../../shared/money';
import type { DayReport, Totals } from '../../../shared/reports';
import { formatCalendarDate, formatIndiaDateTime } from '../../../shared/time';
import { registerFonts } from '../fonts/registerFonts';

// Skia shapes the text with HarfBuzz before it reaches the PDF, so Devanagari conjuncts and
// matras come out right, and it embeds the font with a ToUnicode map, so figures stay extractable.
const REGULAR = 'Rokad Report Regular';
const BOLD = 'Rokad Report Bold';
const REPORT_FONTS = [
  ['NotoSansDevanagari_400Regular.ttf', REGULAR],
  ['NotoSansDevanagari_700Bold.ttf', BOLD],
] as const;
export const SEARCHABLE_COPY_HI = 'इस फ़ाइल का हिंदी पाठ ठीक से कॉपी या खोजा नहीं जा सकता; खोजने के लिए इसी निर्यात की सीएसवी या एक्सेल फ़ाइल देखें।';
export const SEARCHABLE_COPY_EN = 'The Hindi text of this PDF cannot be copied or searched reliably: the CSV and Excel files of this export are the searchable copy.';
/** A4 in points, the unit of a PDF page. */
const PAGE = { width: 595, height: 842, margin: 40 };
const INK = '#111111';
const MUTED = '#555555';
const BAR = '#2f6f9f';

type Align = 'left' | 'right';
interface Column {
  label: string;
  width: number;
  align?: Align;
}

/** Lays text top to bottom across as many A4 pages as it needs. */
class ReportWriter {
  private ctx: ReturnType<PDFDocument['beginPage']>;
  private y = PAGE.margin;
  private page = 1;

  constructor(
    private readonly doc: PDFDocument,
    private readonly footer: string,
  ) {
    this.ctx = doc.beginPage(PAGE.width, PAGE.height);
  }

  private finishPage(): void {
    this.font(8, false, MUTED);
    this.ctx.fillText(`${this.footer} · page ${this.page}`, PAGE.margin, PAGE.height - PAGE.margin / 2);
    this.doc.endPage();
  }

  private ensure(height: number): void {
    if (this.y + height <= PAGE.height - PAGE.margin) return;
    this.finishPage();
    this.ctx = this.doc.beginPage(PAGE.width, PAGE.height);
    this.page += 1;
    this.y = PAGE.margin;
  }

  private font(size: number, bold: boolean, colour = INK): void {
    this.ctx.font = `${size}px "${bold ? BOLD : REGULAR}"`;
    this.ctx.fillStyle = colour;
  }

  line(text: string, options: { size?: number; bold?: boolean; colour?: string; gapAfter?: number } = {}): void {
    const size = options.size ?? 10;
    this.ensure(size * 1.6);
    this.font(size, options.bold ?? false, options.colour);
    this.y += size * 1.25;
    this.ctx.fillText(text, PAGE.margin, this.y);
    this.y += size * 0.35 + (options.gapAfter ?? 0);
  }

  heading(text: string): void {
    this.ensure(60);
    this.y += 10;
    this.line(text, { size: 12, bold: true, gapAfter: 2 });
  }

  table(columns: Column[], rows: string[][]): void {
    const drawRow = (cells: string[], bold: boolean) => {
      this.ensure(16);
      this.font(9, bold);
      this.y += 12;
      let x = PAGE.margin;
      columns.forEach((column, i) => {
        const text = this.fit(cells[i] ?? '', column.width - 6);
        const width = this.ctx.measureText(text).width;
        // Right-aligned figures keep a gap before the next column; left-aligned text starts after one.
        this.ctx.fillText(text, column.align === 'right' ? x + column.width - width - 6 : x + (i === 0 ? 0 : 6), this.y);
        x += column.width;
      });
      this.y += 4;
    };
    drawRow(
      columns.map((c) => c.label),
      true,
    );
    for (const row of rows) drawRow(row, false);
  }

  /** The text cut short with an ellipsis where it would run into the next column; the CSV keeps it whole. */
  private fit(text: string, width: number): string {
    if (this.ctx.measureText(text).width <= width) return text;
    let kept = text;
    while (kept.length > 1 && this.ctx.measureText(`${kept}…`).width > width) kept = [...kept].slice(0, -1).join('');
    return `${kept.trimEnd()}…`;
  }

  /** Payments per India hour as bars: when the counter is busy shows at a glance. */
  hourChart(byHour: DayReport['byHour']): void {
    const height = 110;
    this.ensure(height + 30);
    const top = this.y + 8;
    const width = PAGE.width - 2 * PAGE.margin;
    const slot = width / 24;
    const most = Math.max(1, ...byHour.map((h) => h.payments.totalPaise));
    byHour.forEach(({ hour, payments }) => {
      const barHeight = (payments.totalPaise / most) * height;
      this.ctx.fillStyle = BAR;
      this.ctx.fillRect(PAGE.margin + hour * slot + 2, top + height - barHeight, slot - 4, barHeight);
      this.font(7, false, MUTED);
      this.ctx.fillText(String(hour).padStart(2, '0'), PAGE.margin + hour * slot + slot / 2 - 4, top + height + 10);
    });
    this.ctx.fillStyle = MUTED;
    this.ctx.fillRect(PAGE.margin, top + height, width, 0.6);
    this.font(7, false, MUTED);
    this.ctx.fillText(`highest hour ${formatPaise(most)}`, PAGE.margin, top - 1);
    this.y = top + height + 18;
  }

  close(): Buffer {
    this.finishPage();
    return this.doc.close();
  }
}

const totalsText = (totals: Totals) => `${formatPaise(totals.totalPaise)} (${totals.count})`;
const paiseOrDash = (paise: number | null) => (paise === null ? '—' : formatPaise(paise));

/**
 * The day report as a PDF, in Hindi and English: totals, upload status, the wallet, a chart of the
 * hours, agents, shifts with their drawer counts, days, voids, refunds and the reversals of payments
 * voided after upload, and the ledger head hash the export was made against. Payments one by one are in the CSV and the workbook.
 */
export function pdfOf(report: DayReport, generatedAt: Date, fontsDir: string): Buffer {
  registerFonts(fontsDir, REPORT_FONTS, 'report');
  const dates = report.from === report.to ? formatCalendarDate(report.from) : `${formatCalendarDate(report.from)} – ${formatCalendarDate(report.to)}`;
  // The metadata is plain Unicode, so the Hindi title is searchable there even where the page's is not.
  const doc = new PDFDocument({
    title: `Rokad day report ${report.cabinCode} ${dates}`,
    subject: `दैनिक रिपोर्ट / Day report ${report.cabinCode} ${dates}`,
    creator: 'Rokad',
    producer: 'Rokad',
  });
  const out = new ReportWriter(doc, `Rokad ${report.cabinCode} · ${dates}`);

  out.line(`दैनिक रिपोर्ट / Day report — ${report.cabinCode}`, { size: 17, bold: true, gapAfter: 2 });
  out.line(`तारीख / Dates: ${dates}`, { size: 11 });
  out.line(`बनाई गई / Made: ${formatIndiaDateTime(generatedAt.toISOString())} (India time) · प्रशिक्षण भुगतान शामिल नहीं / training excluded`, { size: 9, colour: MUTED });
  out.line(`लेजर हैश / Ledger head hash (row ${report.ledgerHead.seq}):`, { size: 9, colour: MUTED });
  out.line(report.ledgerHead.hash, { size: 9 });
  // The PDF's text layer carries Devanagari as shaped glyphs, which readers copy out of order; the
  // canvas gives no way to attach ActualText, so the page says where the searchable copy is.
  out.line(SEARCHABLE_COPY_HI, { size: 8, colour: MUTED });
  out.line(SEARCHABLE_COPY_EN, { size: 8, colour: MUTED, gapAfter: 4 });

  out.heading('कुल / Totals');
  out.line(`भुगतान / Payments: ${totalsText(report.payments)}`, { size: 11 });
  out.line(`रद्द / Voids: ${totalsText(report.voids)}`, { size: 11 });
  out.line(`धनवापसी / Refunds: ${totalsText(report.refunds)}`, { size: 11 });
  out.line(`शुद्ध जमा / Net collected: ${formatPaise(report.netPaise)}`, { size: 13, bold: true });

  out.heading('अपलोड स्थिति / Upload status');
  out.table(
    [
      { label: 'स्वीकृत / Accepted', width: 100 },
      { label: 'प्रतीक्षा में / Waiting', width: 105 },
      { label: 'अस्वीकृत / Refused', width: 100 },
      { label: 'धनवापसी / Refunded', width: 100 },
      { label: 'रद्द / Voided', width: 110 },
    ],
    [
      [
        totalsText(report.uploads.accepted),
        totalsText(report.uploads.waiting),
        totalsText(report.uploads.refused),
        totalsText(report.uploads.refunded),
        totalsText(report.uploads.cancelled),
      ],
    ],
  );

  out.heading('वॉलेट / Wallet');
  out.line(`गेटवे ने काटा / Debited by the gateway: ${formatPaise(report.wallet.debitedPaise)} · कमीशन / Commission: ${formatPaise(report.wallet.commissionPaise)}`);
  out.line(
    report.wallet.balancePaise === null || report.wallet.balanceAsOf === null
      ? 'शेष राशि अज्ञात / Balance not yet reported by the gateway'
      : `शेष / Balance ${formatPaise(report.wallet.balancePaise)} as of ${formatIndiaDateTime(report.wallet.balanceAsOf)}`,
  );

  out.heading('घंटेवार जमा / Payments by hour (India time)');
  out.hourChart(report.byHour);

  out.heading('एजेंट के अनुसार / By agent');
  out.table(
    [
      { label: 'एजेंट / Agent', width: 145 },
      { label: 'भुगतान / Payments', width: 110, align: 'right' },
      { label: 'रद्द / Voids', width: 85, align: 'right' },
      { label: 'धनवापसी / Refunds', width: 90, align: 'right' },
      { label: 'शुद्ध / Net', width: 85, align: 'right' },
    ],
    report.byAgent.map((a) => [a.name, totalsText(a.payments), totalsText(a.voids), totalsText(a.refunds), formatPaise(a.netPaise)]),
  );

  out.heading('पाली के अनुसार / By shift: every term of the drawer, expected and counted cash');
  if (report.byShift.length === 0) out.line('कोई नहीं / None');
  for (const s of report.byShift) {
    out.line(`${s.name} · ${formatIndiaDateTime(s.openedAt)} – ${s.closedAt ? formatIndiaDateTime(s.closedAt) : 'खुली / open'}`, { size: 10, bold: true });
    out.table(
      [
        { label: 'पद / Term', width: 230 },
        { label: 'संख्या / Count', width: 80, align: 'right' },
        { label: 'राशि / Amount', width: 110, align: 'right' },
      ],
      [
        ...drawerTerms(s).map((term, i) => [
          `${termOperator(term, i)} ${bilingual(term.key)}`.trim(),
          term.count === null ? '' : String(term.count),
          formatPaise(term.amountPaise),
        ]),
        [`= ${bilingual('expected')}`, '', formatPaise(s.expectedPaise)],
        [bilingual('counted'), '', s.closedAt ? paiseOrDash(s.countedPaise) : 'खुली / open'],
        [bilingual('difference'), '', paiseOrDash(s.differencePaise)],
      ],
    );
  }

  if (report.byDay.length > 1) {
    out.heading('दिन के अनुसार / By day');
    out.table(
      [
        { label: 'दिन / Day', width: 110 },
        { label: 'भुगतान / Payments', width: 115, align: 'right' },
        { label: 'रद्द / Voids', width: 95, align: 'right' },
        { label: 'धनवापसी / Refunds', width: 100, align: 'right' },
        { label: 'शुद्ध / Net', width: 95, align: 'right' },
      ],
      report.byDay.map((d) => [formatCalendarDate(d.date), totalsText(d.payments), totalsText(d.voids), totalsText(d.refunds), formatPaise(d.netPaise)]),
    );
  }

  out.heading('रद्द भुगतान / Voided payments');
  if (report.voidList.length === 0) out.line('कोई नहीं / None');
  else {
    out.table(
      [
        { label: 'रसीद / Receipt', width: 120 },
        { label: 'राशि / Amount', width: 80, align: 'right' },
        { label: 'समय / At', width: 130 },
        { label: 'कारण / Reason (approved by)', width: 185 },
      ],
      report.voidList.map((v) => [v.receiptNo, formatPaise(v.amountPaise), formatIndiaDateTime(v.voidedAt), `${v.reason} (${v.approvedBy})`]),
    );
  }

  out.heading('धनवापसी / Refunds of refused payments');
  if (report.refundList.length === 0) out.line('कोई नहीं / None');
  else {
    out.table(
      [
        { label: 'पर्ची / Slip', width: 100 },
        { label: 'रसीद / Receipt', width: 80 },
        { label: 'राशि / Amount', width: 75, align: 'right' },
        { label: 'समय / At', width: 105 },
        { label: 'अनुमोदक / Approver: reason', width: 155 },
      ],
      // The approver first: a long reason is cut short on paper, never who approved the cash going out.
      report.refundList.map((r) => [r.slipNo, r.receiptNo, formatPaise(r.amountPaise), formatIndiaDateTime(r.refundedAt), `${r.approvedBy}: ${r.reason}`]),
    );
  }

  reversalsSection(out, report.reversals);
  return out.close();
}

/** F7's list of payments voided after upload (from reversalsReport), with where each reversal by the company stands. */
function reversalsSection(out: ReportWriter, reversals: DayReport['reversals']): void {
  out.heading('अपलोड के बाद रद्द: कंपनी से वापसी / Voided after upload: reversals by the company');
  if (reversals.list.length === 0) {
    out.line('कोई नहीं / None');
    return;
  }
  out.table(
    [
      { label: 'रसीद / Receipt', width: 90 },
      { label: 'राशि / Amount', width: 75, align: 'right' },
      { label: 'स्थिति / State', width: 170 },
      { label: 'मामला / Case', width: 75 },
      { label: 'वॉलेट में लौटे / Credited', width: 105, align: 'right' },
    ],
    // When each was voided is in the voided payments' table above; here, where its reversal stands.
    reversals.list.map((r) => [
      r.receiptNo,
      formatPaise(r.amountPaise),
      `${REVERSAL_STATE_LABELS[r.state].hi} / ${REVERSAL_STATE_LABELS[r.state].en}`,
      r.caseId ?? '—',
      r.state === 'ACCEPTED' ? formatPaise(r.walletCreditPaise) : '—',
    ]),
  );
  const notes = reversals.list.filter((r) => r.note);
  for (const r of notes) out.line(`${r.receiptNo} — कंपनी का कहना / The company says: ${r.note}`, { size: 9 });
  if (reversals.stillDebitedPaise > 0) {
    out.line(`वॉलेट से अभी भी कटे / Still debited from the wallet until the company accepts: ${formatPaise(reversals.stillDebitedPaise)}`, { size: 10, bold: true });
  }
  if (reversals.creditedPaise > 0) out.line(`वॉलेट में लौटे / Credited back to the wallet: ${formatPaise(reversals.creditedPaise)}`, { size: 10 });
  if (reversals.refused.count > 0) {
    out.line(`नामंज़ूर, वॉलेट से कटे रहेंगे / Refused, staying debited: ${totalsText(reversals.refused)}`, { size: 10, bold: true });
  }
}
