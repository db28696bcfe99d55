import type { Messages } from '../messages';

export const en = {
  notRegistered: 'Not registered',
  online: 'Online',
  offline: 'Offline',
  lastSync: 'last sync {{at}}',
  waiting_one: '{{count}} payment waiting to upload',
  waiting_other: '{{count}} payments waiting to upload',
  refused: '{{count}} refused: supervisor to resolve',
  walletAvailable: 'Wallet available {{amount}}',
  lowBalance: 'Low balance: ask the supervisor to top up',
  commission: 'Commission today {{today}} · this month {{month}}',
  syncNow: 'Sync now',
  syncing: 'Syncing…',
  online_source: 'Fetched online from the biller just now.',
  master_source: 'From the downloaded bill list, updated {{at}}.',
  master_never: 'From the downloaded bill list, never updated from the gateway.',
} as const;

export const hi: Messages<typeof en> = {
  notRegistered: 'पंजीकृत नहीं',
  online: 'ऑनलाइन',
  offline: 'ऑफ़लाइन',
  lastSync: 'पिछला सिंक {{at}}',
  waiting_one: '{{count}} भुगतान अपलोड होना बाकी',
  waiting_other: '{{count}} भुगतान अपलोड होने बाकी',
  refused: '{{count}} अस्वीकार: सुपरवाइज़र निपटाएँ',
  walletAvailable: 'वॉलेट में उपलब्ध {{amount}}',
  lowBalance: 'बैलेंस कम: सुपरवाइज़र से टॉप-अप कराएँ',
  commission: 'कमीशन आज {{today}} · इस माह {{month}}',
  syncNow: 'अभी सिंक करें',
  syncing: 'सिंक हो रहा है…',
  online_source: 'अभी-अभी बिलर से ऑनलाइन लाया गया।',
  master_source: 'डाउनलोड की गई बिल सूची से, {{at}} को अपडेट।',
  master_never: 'डाउनलोड की गई बिल सूची से, गेटवे से कभी अपडेट नहीं हुई।',
};
