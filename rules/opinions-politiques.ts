// PLACEHOLDER: being written. Replace this whole file.
import { defineRule } from '../lib/lint/rule.ts';
export default defineRule({
  id: 'opinions-politiques',
  meta: { description: 'À écrire.', category: 'opinions-politiques' as never, severity: 'warning', fixable: false, references: [] },
  messages: {},
  explanation: '',
  check() {},
});
