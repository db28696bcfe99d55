import koffi from 'koffi';
import type { SpoolerPrinterInfo, Winspool } from './winspool';

/**
 * winspool.drv's structures as koffi types. Declared apart from loading the DLL, so their layout
 * (x64 sizes) is checked on any system; only Windows can load the functions.
 */
export function winspoolTypes(k: typeof koffi) {
  declared ??= declareTypes(k);
  return declared;
}

// koffi names types process-wide, and a name is declared once.
let declared: ReturnType<typeof declareTypes> | undefined;

function declareTypes(k: typeof koffi) {
  const str = 'str16';
  return {
    PRINTER_HANDLE: k.pointer('PRINTER_HANDLE', k.opaque()),
    DOC_INFO_1W: k.struct('DOC_INFO_1W', { pDocName: str, pOutputFile: str, pDatatype: str }),
    PRINTER_INFO_2W: k.struct('PRINTER_INFO_2W', {
      pServerName: str,
      pPrinterName: str,
      pShareName: str,
      pPortName: str,
      pDriverName: str,
      pComment: str,
      pLocation: str,
      pDevMode: 'void *',
      pSepFile: str,
      pPrintProcessor: str,
      pDatatype: str,
      pParameters: str,
      pSecurityDescriptor: 'void *',
      Attributes: 'uint32',
      Priority: 'uint32',
      DefaultPriority: 'uint32',
      StartTime: 'uint32',
      UntilTime: 'uint32',
      Status: 'uint32',
      cJobs: 'uint32',
      AveragePPM: 'uint32',
    }),
    JOB_INFO_1W: k.struct('JOB_INFO_1W', {
      JobId: 'uint32',
      pPrinterName: str,
      pMachineName: str,
      pUserName: str,
      pDocument: str,
      pDatatype: str,
      pStatus: str,
      Status: 'uint32',
      Priority: 'uint32',
      Position: 'uint32',
      TotalPages: 'uint32',
      PagesPrinted: 'uint32',
      Submitted: k.array('uint16', 8),
    }),
  };
}

const PRINTER_ENUM_LOCAL = 0x2;
const PRINTER_ENUM_CONNECTIONS = 0x4;
const JOB_CONTROL_DELETE = 5;

interface PrinterInfo2 {
  pPrinterName: string | null;
  pPortName: string | null;
  Attributes: number;
  Status: number;
  cJobs: number;
}

const asInfo = (raw: PrinterInfo2): SpoolerPrinterInfo => ({
  name: raw.pPrinterName ?? '',
  port: raw.pPortName ?? '',
  status: raw.Status,
  attributes: raw.Attributes,
  jobs: raw.cJobs,
});

/** The spooler through koffi. Windows only: it loads winspool.drv and kernel32.dll. */
export function koffiWinspool(): Winspool {
  const types = winspoolTypes(koffi);
  const HANDLE = types.PRINTER_HANDLE;
  const winspool = koffi.load('winspool.drv');
  const kernel32 = koffi.load('kernel32.dll');
  const GetLastError = kernel32.func('uint32 __stdcall GetLastError()');
  const OpenPrinterW = winspool.func('__stdcall', 'OpenPrinterW', 'bool', ['str16', koffi.out(koffi.pointer(HANDLE)), 'void *']);
  const ClosePrinter = winspool.func('__stdcall', 'ClosePrinter', 'bool', [HANDLE]);
  const GetPrinterW = winspool.func('__stdcall', 'GetPrinterW', 'bool', [HANDLE, 'uint32', 'void *', 'uint32', koffi.out(koffi.pointer('uint32'))]);
  const EnumPrintersW = winspool.func('__stdcall', 'EnumPrintersW', 'bool', [
    'uint32',
    'str16',
    'uint32',
    'void *',
    'uint32',
    koffi.out(koffi.pointer('uint32')),
    koffi.out(koffi.pointer('uint32')),
  ]);
  const StartDocPrinterW = winspool.func('__stdcall', 'StartDocPrinterW', 'uint32', [HANDLE, 'uint32', koffi.pointer(types.DOC_INFO_1W)]);
  const StartPagePrinter = winspool.func('__stdcall', 'StartPagePrinter', 'bool', [HANDLE]);
  const WritePrinter = winspool.func('__stdcall', 'WritePrinter', 'bool', [HANDLE, 'void *', 'uint32', koffi.out(koffi.pointer('uint32'))]);
  const EndPagePrinter = winspool.func('__stdcall', 'EndPagePrinter', 'bool', [HANDLE]);
  const EndDocPrinter = winspool.func('__stdcall', 'EndDocPrinter', 'bool', [HANDLE]);
  const GetJobW = winspool.func('__stdcall', 'GetJobW', 'bool', [HANDLE, 'uint32', 'uint32', 'void *', 'uint32', koffi.out(koffi.pointer('uint32'))]);
  const SetJobW = winspool.func('__stdcall', 'SetJobW', 'bool', [HANDLE, 'uint32', 'uint32', 'void *', 'uint32']);

  let lastError = 0;
  const call = <T>(result: T): T => {
    lastError = result ? 0 : (GetLastError() as number);
    return result;
  };
  // The spooler's variable-sized answers: ask for the size, then for the data.
  const sized = (ask: (buffer: Buffer | null, size: number, needed: number[]) => boolean): Buffer | null => {
    const needed = [0];
    ask(null, 0, needed);
    if (needed[0] === 0) return null;
    const buffer = Buffer.alloc(needed[0]!);
    return call(ask(buffer, buffer.length, needed)) ? buffer : null;
  };

  return {
    open: (name) => {
      const handle: unknown[] = [null];
      return call(OpenPrinterW(name, handle, null) as boolean) ? handle[0] : null;
    },
    info: (handle) => {
      const buffer = sized((into, size, needed) => GetPrinterW(handle, 2, into, size, needed) as boolean);
      return buffer ? asInfo(koffi.decode(buffer, types.PRINTER_INFO_2W) as PrinterInfo2) : null;
    },
    enumerate: () => {
      const count = [0];
      const buffer = sized((into, size, needed) => EnumPrintersW(PRINTER_ENUM_LOCAL | PRINTER_ENUM_CONNECTIONS, null, 2, into, size, needed, count) as boolean);
      if (!buffer || count[0] === 0) return [];
      return (koffi.decode(buffer, types.PRINTER_INFO_2W, count[0]!) as PrinterInfo2[]).map(asInfo);
    },
    startDoc: (handle, docName) => call(StartDocPrinterW(handle, 1, { pDocName: docName, pOutputFile: null, pDatatype: 'RAW' }) as number),
    startPage: (handle) => call(StartPagePrinter(handle) as boolean),
    write: (handle, bytes) => {
      const written = [0];
      return call(WritePrinter(handle, bytes, bytes.length, written) as boolean) ? written[0]! : -1;
    },
    endPage: (handle) => call(EndPagePrinter(handle) as boolean),
    endDoc: (handle) => call(EndDocPrinter(handle) as boolean),
    jobStatus: (handle, jobId) => {
      const buffer = sized((into, size, needed) => GetJobW(handle, jobId, 1, into, size, needed) as boolean);
      return buffer ? (koffi.decode(buffer, types.JOB_INFO_1W) as { Status: number }).Status : null;
    },
    deleteJob: (handle, jobId) => call(SetJobW(handle, jobId, 0, null, JOB_CONTROL_DELETE) as boolean),
    close: (handle) => void ClosePrinter(handle),
    lastError: () => lastError,
  };
}
