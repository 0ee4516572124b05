/**
 * The audit page's Web Worker: reads the imported files, lints them and posts results in batches
 * (issue #5 §2). Wiring only: the logic is lib/audit/session.ts, tested in Node.
 */
import { createAuditSession, type SessionRequest } from '../../lib/audit/session.ts';

const session = createAuditSession((msg) => postMessage(msg));
addEventListener('message', (e: MessageEvent<SessionRequest>) => {
  void session.handle(e.data);
});
