import { timingSafeEqual } from 'node:crypto';
import { RokadError } from '../shared/errors';
import type { ComplaintRequest, ComplaintResponse, ComplaintStatusResponse } from '../shared/gateway/complaints';
import type { Db } from '../shared/node/sqlite/openDatabase';
import type { Device } from './cabinClock';

export interface ComplaintRow {
  complaint_no: string;
  client_id: string;
  agent_id: string;
  cabin_code: string;
  local_no: string;
  consumer_no: string;
  kind: string;
  text: string;
  consumer_mobile: string | null;
  check_code: string;
  recorded_at: string;
  recorded_by: string;
  received_at: string;
  status: 'OPEN' | 'CLOSED';
  closed_at: string | null;
  close_note: string | null;
}

export type ComplaintDesk = ReturnType<typeof createComplaintDesk>;

/**
 * The company's side of the consumers' complaints: numbered as they arrive (CMP-000001…), once
 * per client id however often a cabin sends it, and closed by a supervisor at the company's desk
 * (the `complaints` and `close-complaint` commands).
 */
export function createComplaintDesk(db: Db, now: () => Date) {
  const nextNumber = db.prepare("INSERT INTO counters (name, value) VALUES ('complaint', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value").pluck();
  const byClientId = db.prepare('SELECT * FROM complaints WHERE client_id = ?');
  // The cabin's number carries its cabin's code, so it names one complaint as the company's does.
  const byNumber = db.prepare('SELECT * FROM complaints WHERE complaint_no = ? OR local_no = ?');
  const answer = (row: ComplaintRow): ComplaintResponse => ({ complaintNo: row.complaint_no, clientId: row.client_id, status: row.status, receivedAt: row.received_at });

  return {
    /** Records a cabin's complaint; sent again (an answer lost on the way), it answers with the number it gave and records none. */
    receive: db.transaction((device: Device, request: ComplaintRequest): ComplaintResponse => {
      const found = byClientId.get(request.clientId) as ComplaintRow | undefined;
      if (found) {
        if (found.agent_id !== device.agentId) throw new RokadError('INVALID_REQUEST', 'This complaint id belongs to another agent.');
        return answer(found);
      }
      const row: ComplaintRow = {
        complaint_no: `CMP-${String(nextNumber.get()).padStart(6, '0')}`,
        client_id: request.clientId,
        agent_id: device.agentId,
        cabin_code: device.cabinCode,
        local_no: request.localNo,
        consumer_no: request.consumerNo,
        kind: request.kind,
        text: request.text,
        consumer_mobile: request.consumerMobile ?? null,
        check_code: request.checkCode,
        recorded_at: request.recordedAt,
        recorded_by: request.recordedBy,
        received_at: now().toISOString(),
        status: 'OPEN',
        closed_at: null,
        close_note: null,
      };
      db.prepare(
        `INSERT INTO complaints (complaint_no, client_id, agent_id, cabin_code, local_no, consumer_no, kind, text, consumer_mobile, check_code, recorded_at, recorded_by, received_at)
         VALUES (@complaint_no, @client_id, @agent_id, @cabin_code, @local_no, @consumer_no, @kind, @text, @consumer_mobile, @check_code, @recorded_at, @recorded_by, @received_at)`,
      ).run(row);
      return answer(row);
    }),

    status: (agentId: string, ids: readonly string[]): ComplaintStatusResponse => ({
      results: ids.map((clientId) => {
        const found = byClientId.get(clientId) as ComplaintRow | undefined;
        if (!found || found.agent_id !== agentId) return { clientId, status: 'NOT_FOUND', complaintNo: null, note: null, closedAt: null };
        return { clientId, status: found.status, complaintNo: found.complaint_no, note: found.close_note, closedAt: found.closed_at };
      }),
    }),

    /** For the public page: the complaint by the company's number or the cabin's, only with the code printed on its slip. */
    find: (number: string, code: string): ComplaintRow | undefined =>
      (byNumber.all(number, number) as ComplaintRow[]).find((row) => row.check_code.length === code.length && timingSafeEqual(Buffer.from(row.check_code), Buffer.from(code))),

    /** Open complaints, oldest first: the supervisor's list. */
    open: () => db.prepare("SELECT * FROM complaints WHERE status = 'OPEN' ORDER BY received_at, complaint_no").all() as ComplaintRow[],

    /** Closes a complaint with the company's words to the consumer; a closed one stays closed. */
    close: db.transaction((complaintNo: string, note: string | null): ComplaintRow => {
      const found = db.prepare('SELECT * FROM complaints WHERE complaint_no = ?').get(complaintNo) as ComplaintRow | undefined;
      if (!found) throw new RokadError('NOT_FOUND', `No complaint ${complaintNo}.`);
      if (found.status === 'CLOSED') throw new RokadError('INVALID_REQUEST', `Complaint ${complaintNo} was closed already.`);
      const at = now().toISOString();
      db.prepare("UPDATE complaints SET status = 'CLOSED', closed_at = ?, close_note = ? WHERE complaint_no = ?").run(at, note, complaintNo);
      return { ...found, status: 'CLOSED', closed_at: at, close_note: note };
    }),
  };
}
