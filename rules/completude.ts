// PLACEHOLDER: being written. Replace this whole file.
import { defineRule } from '../lib/lint/rule.ts';
export default defineRule({
  id: 'completude',
  meta: { description: 'À écrire.', category: 'completude', severity: 'info', fixable: false, references: [] },
  messages: {},
  explanation: '',
  check() {},
});
