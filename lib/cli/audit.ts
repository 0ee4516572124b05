/** `cadre audit`: batch audit of report exports (issue #5). */
import type { CliIO } from './main.ts';
import { UsageError } from './main.ts';

export async function runAudit(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError("la commande « audit » n'est pas encore disponible");
}
