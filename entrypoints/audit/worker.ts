/**
 * The audit page's Web Worker: reads the imported files, lints them and posts results in batches
 * (issue #5 §2). Wiring only: the logic is lib/audit/session.ts, tested in Node. Messages are
 * validated first (lib/audit/session-messages.ts): the lint configuration of the settings in force
 * arrives with "start".
 */
import '../../lib/config/zod-jitless.ts';
import { createAuditSession } from '../../lib/audit/session.ts';
import { parseSessionRequest } from '../../lib/audit/session-messages.ts';

const session = createAuditSession((msg) => postMessage(msg));
addEventListener('message', (e: MessageEvent<unknown>) => {
  const r = parseSessionRequest(e.data);
  if (!r.ok) {
    postMessage({ type: 'error', message: `Message non valide pour l'audit : ${r.errors.join(' ')}` });
    return;
  }
  void session.handle(r.value);
});
