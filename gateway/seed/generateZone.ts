import type { GatewayBill } from '../../shared/gateway/schemas';

/** mulberry32: a tiny seeded generator, so a zone is the same on every machine for the same seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES: ReadonlyArray<[string, string]> = [
  ['रमेश', 'Ramesh'],
  ['सुनीता', 'Sunita'],
  ['मोहम्मद', 'Mohammad'],
  ['अंजलि', 'Anjali'],
  ['राजेश', 'Rajesh'],
  ['प्रिया', 'Priya'],
  ['अमित', 'Amit'],
  ['कविता', 'Kavita'],
  ['सलमान', 'Salman'],
  ['गीता', 'Geeta'],
  ['विकास', 'Vikas'],
  ['नेहा', 'Neha'],
  ['अशोक', 'Ashok'],
  ['फ़ातिमा', 'Fatima'],
  ['संजय', 'Sanjay'],
  ['पूजा', 'Pooja'],
  ['दिनेश', 'Dinesh'],
  ['रुखसाना', 'Rukhsana'],
  ['मनोज', 'Manoj'],
  ['सीमा', 'Seema'],
  ['हरीश', 'Harish'],
  ['लक्ष्मी', 'Lakshmi'],
  ['इरफ़ान', 'Irfan'],
  ['राधा', 'Radha'],
  ['सुरेश', 'Suresh'],
];

const SURNAMES: ReadonlyArray<[string, string]> = [
  ['शर्मा', 'Sharma'],
  ['वर्मा', 'Verma'],
  ['पटेल', 'Patel'],
  ['खान', 'Khan'],
  ['यादव', 'Yadav'],
  ['तिवारी', 'Tiwari'],
  ['मिश्रा', 'Mishra'],
  ['कुशवाहा', 'Kushwaha'],
  ['श्रीवास्तव', 'Shrivastava'],
  ['चौहान', 'Chouhan'],
  ['क़ुरैशी', 'Qureshi'],
  ['जैन', 'Jain'],
  ['राठौर', 'Rathore'],
  ['सिंह', 'Singh'],
  ['साहू', 'Sahu'],
  ['दुबे', 'Dubey'],
  ['अहिरवार', 'Ahirwar'],
  ['गुप्ता', 'Gupta'],
  ['मालवीय', 'Malviya'],
  ['अंसारी', 'Ansari'],
];

const LOCALITIES: ReadonlyArray<[string, string]> = [
  ['Arera Colony, E-3', '462016'],
  ['Shahpura, Sector A', '462039'],
  ['Ibrahimpura, Old City', '462001'],
  ['Kolar Road', '462042'],
  ['MP Nagar, Zone II', '462011'],
  ['Habibganj', '462024'],
  ['TT Nagar', '462003'],
  ['Bairagarh', '462030'],
  ['Ashoka Garden', '462023'],
  ['Govindpura', '462023'],
  ['Piplani, BHEL', '462021'],
  ['Awadhpuri', '462022'],
  ['Karond', '462038'],
  ['Jahangirabad', '462008'],
  ['Shivaji Nagar', '462016'],
  ['Bawadia Kalan', '462026'],
  ['Misrod', '462047'],
  ['Lalghati', '462030'],
  ['Berasia Road', '462018'],
  ['Katara Hills', '462043'],
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface ZoneOptions {
  consumers: number;
  /** India calendar date the bills are dated around: some due dates before it, some after. */
  today: string;
  seed?: number;
}

/**
 * A realistic Bhopal zone: Hindi and English names, Bhopal addresses, IVRS numbers (mostly NGB
 * "N" numbers, some older all-digit ones), mobiles, and bills due in the past and the future.
 * Consumer i always gets the same number, so tests can name consumers by index.
 */
export function* generateZone(options: ZoneOptions): Generator<GatewayBill> {
  const random = seededRandom(options.seed ?? 20260430);
  for (let i = 0; i < options.consumers; i += 1) {
    const [firstHi, firstEn] = pick(random, FIRST_NAMES);
    const [lastHi, lastEn] = pick(random, SURNAMES);
    const [locality, pin] = pick(random, LOCALITIES);
    const dueOffset = Math.floor(random() * 30) - 15;
    // Issued 15 days before the due date, so every bill is dated before `today`: no cash is taken for a bill not yet issued.
    const billDate = shiftDays(options.today, dueOffset - 15);
    const byDue = 15_000 + Math.floor(random() * 600_000);
    const surcharge = Math.round(byDue * 0.012);
    const arrears = random() < 0.2 ? Math.floor(random() * 200_000) : 0;
    yield {
      consumerNo: zoneConsumerNo(i),
      consumerName: `${firstHi} ${lastHi} / ${firstEn} ${lastEn}`,
      address: `${1 + Math.floor(random() * 250)}, ${locality}, Bhopal ${pin}`,
      mobile: random() < 0.85 ? `${6 + Math.floor(random() * 4)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}` : '',
      billNumber: `B${billDate.slice(2, 4)}${billDate.slice(5, 7)}-${String(i + 1).padStart(7, '0')}`,
      billMonth: shiftDays(billDate, -15).slice(0, 7),
      billDate,
      dueDate: shiftDays(billDate, 15),
      amountByDuePaise: byDue + arrears,
      amountAfterDuePaise: byDue + arrears + surcharge,
      arrearsPaise: arrears,
    };
  }
}

/** Every tenth consumer has an older all-digit IVRS number; the rest are NGB "N" numbers. */
export function zoneConsumerNo(index: number): string {
  return index % 10 === 9 ? String(1_100_000_000 + index) : `N3330${String(index).padStart(6, '0')}`;
}
