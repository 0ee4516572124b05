// PLACEHOLDER: being written. Replace this whole file.
import { defineRule } from '../lib/lint/rule.ts';
export default defineRule({
  id: 'telephone',
  meta: { description: 'À écrire.', category: 'telephone' as never, severity: 'warning', fixable: false, references: [] },
  messages: {},
  explanation: '',
  check() {},
});
