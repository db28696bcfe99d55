import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** One text to one consumer: the same words for SMS and WhatsApp. */
export interface ConsumerMessage {
  clientTxnId: string;
  /** Ten digits, without +91. */
  mobile: string;
  text: string;
}

/**
 * Where the gateway's messages to consumers go. A real provider (an SMS gateway with its DLT
 * template, WhatsApp Business) implements `send`, resolving once the provider took the message
 * and rejecting when it did not, so the gateway retries it later. Sending the same message twice
 * never happens from the gateway's side: each is marked sent once `send` resolves.
 */
export interface Notifier {
  /** Named in the gateway's log and on every message row it delivered. */
  readonly name: string;
  /** True for a notifier that reaches nobody; the gateway says so when it starts. */
  readonly standIn: boolean;
  send(message: ConsumerMessage): Promise<void>;
}

/**
 * The notifier this project ships: a STAND-IN that sends nothing and writes each message as one
 * JSON line to a file, for development, the demo and the tests. Replace it with a real provider
 * behind the same interface in a deployment.
 */
export function createFileNotifier(file: string, now: () => Date = () => new Date()): Notifier {
  mkdirSync(dirname(file), { recursive: true });
  return {
    name: `stand-in (no SMS is sent; messages are written to ${file})`,
    standIn: true,
    send: async (message) => {
      appendFileSync(file, `${JSON.stringify({ at: now().toISOString(), to: message.mobile, clientTxnId: message.clientTxnId, text: message.text, standIn: true })}\n`);
    },
  };
}
