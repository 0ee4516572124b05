// PLACEHOLDER: being written. Replace this whole file.
import { defineRule } from '../lib/lint/rule.ts';
export default defineRule({
  id: 'identifiant-organisme',
  meta: { description: 'À écrire.', category: 'identifiant-organisme' as never, severity: 'warning', fixable: false, references: [] },
  messages: {},
  explanation: '',
  check() {},
});
