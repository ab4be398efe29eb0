import type { Finding } from '../../../src/gate/finding.js';
import type { StreamedLogs } from '../../../src/gate/ingest/stream-logs.js';
import { findingMessage } from '../../../src/gate/normalize/run-texts.js';

/** The streamed findings with their messages (kept apart, in `messages`) put back, to compare with normalizeLog's. */
export function withMessages(streamed: Pick<StreamedLogs, 'findings' | 'messages'>): Finding[] {
  return streamed.findings.map((finding) => ({ ...finding, message: findingMessage(finding, streamed.messages) }));
}
