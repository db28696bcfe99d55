import type { Bill } from '../../../shared/domain';

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A handful of Bhopal bills for the demo and the tests, dated around `today` so there is always
 * one due ahead and one past due. The gateway's bill master replaces them.
 */
export function demoBills(today: string): Bill[] {
  const billMonth = shiftDays(today, -20).slice(0, 7);
  const billDate = shiftDays(today, -5);
  return [
    {
      consumerNo: 'N3330008565',
      consumerName: 'रमेश कुमार शर्मा / Ramesh Kumar Sharma',
      address: '45, Arera Colony, E-3, Bhopal 462016',
      billNumber: 'B2611-000451',
      billMonth,
      billDate,
      dueDate: shiftDays(today, 5),
      amountByDuePaise: 124_550,
      amountAfterDuePaise: 126_040,
      arrearsPaise: 0,
    },
    {
      consumerNo: 'N3330012277',
      consumerName: 'सुनीता वर्मा / Sunita Verma',
      address: '12, Shahpura, Sector A, Bhopal 462039',
      billNumber: 'B2611-000452',
      billMonth,
      billDate: shiftDays(today, -15),
      dueDate: shiftDays(today, -3),
      amountByDuePaise: 86_000,
      amountAfterDuePaise: 87_290,
      arrearsPaise: 12_000,
    },
    {
      consumerNo: '1234567890',
      consumerName: 'मोहम्मद इरफ़ान / Mohammad Irfan',
      address: '7, Ibrahimpura, Old City, Bhopal 462001',
      billNumber: 'B2611-000453',
      billMonth,
      billDate,
      dueDate: shiftDays(today, 9),
      amountByDuePaise: 41_000,
      amountAfterDuePaise: 41_620,
      arrearsPaise: 0,
    },
    {
      consumerNo: 'N3330099001',
      consumerName: 'अंजलि पटेल / Anjali Patel',
      address: 'C-21, Kolar Road, Bhopal 462042',
      billNumber: 'B2611-000454',
      billMonth,
      billDate,
      dueDate: shiftDays(today, 2),
      amountByDuePaise: 312_075,
      amountAfterDuePaise: 316_760,
      arrearsPaise: 45_000,
    },
  ];
}
