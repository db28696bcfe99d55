import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import type { CashOutSlip, Person } from '../../../shared/domain';
import type { HandoverSlip } from '../shifts/shiftSlips';
import { row, text, type Block } from './layoutReceipt';
import { shiftFigureBlocks, slipHeader } from './layoutShiftReport';
import type { ReceiptHeader } from './receiptRecord';

/** Which print of a slip this is: the first, or a copy that must not pass for it. */
export interface SlipPrint {
  copy: number;
  printedAt: string;
}

const who = (person: Person) => `${person.name} (${person.userId})`;

/** A shift's id is long; its first block tells the Z report and the slip of one shift apart from another's. */
const shortShift = (shiftId: string) => shiftId.slice(0, 8).toUpperCase();

/** Space to sign above a line, and under it whose signature goes there. */
const signatureLine = (caption: string): Block[] => [{ kind: 'gap' }, { kind: 'gap' }, { kind: 'rule' }, text(caption, 'small')];

function copyBlocks(print: SlipPrint): Block[] {
  return print.copy === 0 ? [] : [{ kind: 'banner', text: 'प्रतिलिपि / COPY' }, text(`पुनर्मुद्रण / Reprint ${print.copy}`, 'body', 'center', true)];
}

/** The slip that goes with cash handed out of the drawer: both people sign it, and it goes with the cash. */
export function layoutCashOutSlip(slip: CashOutSlip, header: ReceiptHeader, print: SlipPrint): Block[] {
  return [
    ...slipHeader(header),
    { kind: 'banner', text: 'नकद निकासी / CASH OUT' },
    ...copyBlocks(print),
    row('केबिन / Cabin', slip.cabinCode),
    row('शिफ़्ट / Shift', shortShift(slip.shiftId)),
    row('एजेंट / Agent', who(slip.agent)),
    row('समय / Time', formatIndiaDateTime(slip.at)),
    { kind: 'rule' },
    row('राशि / Amount', formatPaise(slip.amountPaise), 'large', true),
    row('कारण / Reason', slip.reason),
    row('प्रतिहस्ताक्षर / Countersigned by', who(slip.supervisor)),
    { kind: 'rule' },
    row('इसके बाद दराज़ में / Drawer after it', formatPaise(slip.expectedAfterPaise), 'body', true),
    ...signatureLine('एजेंट के हस्ताक्षर / Agent’s signature'),
    ...signatureLine('सुपरवाइज़र के हस्ताक्षर / Supervisor’s signature'),
    { kind: 'rule' },
    row('छपी / Printed', formatIndiaDateTime(print.printedAt), 'small'),
    { kind: 'gap' },
  ];
}

/** The slip of a drawer handed to the next agent without emptying it: who gave, who took, the count and the outgoing shift's Z. */
export function layoutHandoverSlip(slip: HandoverSlip, header: ReceiptHeader, print: SlipPrint): Block[] {
  const { closed } = slip;
  return [
    ...slipHeader(header),
    { kind: 'banner', text: 'दराज़ सौंपी / DRAWER HANDOVER' },
    ...copyBlocks(print),
    row('केबिन / Cabin', closed.cabinCode),
    row('सौंपने वाले / Outgoing', `${closed.userName} (${closed.userId})`),
    row('लेने वाले / Incoming', who(slip.incoming)),
    row('समय / Time', formatIndiaDateTime(closed.closedAt ?? print.printedAt)),
    row('शिफ़्ट (Z) / Shift (Z)', `${shortShift(closed.shiftId)} · ${formatIndiaDateTime(closed.openedAt)}`, 'small'),
    { kind: 'rule' },
    ...shiftFigureBlocks(closed),
    ...signatureLine('सौंपने वाले के हस्ताक्षर / Outgoing agent’s signature'),
    ...signatureLine('लेने वाले के हस्ताक्षर / Incoming agent’s signature'),
    { kind: 'rule' },
    row('छपी / Printed', formatIndiaDateTime(print.printedAt), 'small'),
    { kind: 'gap' },
  ];
}
