import type { SendRecord, Store } from '../store/openStore.js';

/**
 * A send log entry. `unknown`: the server had the whole message but never confirmed it, so it may
 * have arrived; a later run does not send it again unless asked to (`--resend-unknown`).
 */
export interface SendLogEntry extends Omit<SendRecord, 'status'> {
  status: SendRecord['status'] | 'unknown';
}

/** The send log of a briefing date, by recipient in lower case (addresses are matched that way). */
export function readSendLog(store: Store | undefined, date: string): Map<string, SendLogEntry> {
  const entries: SendLogEntry[] = store?.sendLog(date) ?? [];
  return new Map(entries.map((entry) => [entry.recipient.toLowerCase(), entry]));
}

export function writeSendLog(store: Store | undefined, date: string, entry: SendLogEntry, at: Date): void {
  // The store's SendRecord type predates 'unknown'; its table takes it since migration 4.
  store?.recordSend(date, entry as SendRecord, at);
}
