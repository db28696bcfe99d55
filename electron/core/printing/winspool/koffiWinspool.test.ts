import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import koffi from 'koffi';
import { winspoolTypes } from './koffiWinspool';

describe("winspool.drv's structures as koffi declares them", () => {
  it('have the sizes Windows x64 gives them, so GetPrinterW and GetJobW answers decode field for field', () => {
    const types = winspoolTypes(koffi);
    // 13 pointers and 8 DWORDs; 6 pointers, 6 DWORDs and a SYSTEMTIME, padded; 3 pointers.
    assert.equal(koffi.sizeof(types.PRINTER_INFO_2W), 136);
    assert.equal(koffi.sizeof(types.JOB_INFO_1W), 96);
    assert.equal(koffi.sizeof(types.DOC_INFO_1W), 24);
    assert.equal(koffi.introspect(types.PRINTER_INFO_2W).members!.Status!.offset, 124);
  });
});
