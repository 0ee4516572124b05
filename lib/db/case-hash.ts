/**
 * Case ids are never stored in clear (issue #3 §2): only a salted SHA-256, to find the interview
 * again. The salt is random per installation (kept in `storage.local`), so the same case number
 * gives unrelated hashes on two installations and cannot be looked up in a table of case numbers.
 *
 * @example
 *   const key = interviewKeyForCase(await hashCaseId('D-2041', salt)); // 'dossier-3f9a…'
 */

/** 128 random bits, hex. */
export function createSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hex SHA-256 of salt + case id (trimmed, case-insensitive: "d-2041" and "D-2041 " are one case). */
export async function hashCaseId(caseId: string, salt: string): Promise<string> {
  if (!salt) throw new Error('hashCaseId: salt required');
  const data = new TextEncoder().encode(`${salt}\u0000${caseId.trim().toUpperCase()}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function interviewKeyForCase(hash: string): string {
  return `dossier-${hash}`;
}

export function interviewKeyForTab(tabId: number): string {
  return `onglet-${tabId}`;
}
