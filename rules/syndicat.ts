// PLACEHOLDER: being written. Replace this whole file.
import { defineRule } from '../lib/lint/rule.ts';
export default defineRule({
  id: 'syndicat',
  meta: { description: 'À écrire.', category: 'syndicat' as never, severity: 'warning', fixable: false, references: [] },
  messages: {},
  explanation: '',
  check() {},
});
