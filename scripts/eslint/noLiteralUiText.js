/**
 * ESLint rule: no UI text outside the message catalogues. Flags JSX text and user-facing
 * attributes (title, aria-label, placeholder, alt, label) that contain letters; symbols, digits
 * and punctuation ("+", "×", "▲", "1–5") are fine. eslint-plugin-react's jsx-no-literals would
 * do, but it does not support ESLint 10 yet.
 */
const LETTER = /\p{L}/u;
/** Words that are the same in every language: the product name, the CSI, a sample size n. */
const ALLOWED = new Set(['Waymark', 'CSI', 'n']);
const ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'aria-description']);

export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'UI text must come from the message catalogues (English and German)' },
    messages: { literal: 'UI text "{{text}}" is hard-coded: put it in client/src/i18n/en.ts and de.ts and use t().' },
    schema: [],
  },
  create(context) {
    const report = (node, text) => {
      if (ALLOWED.has(text.trim())) return;
      context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    };
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!ATTRIBUTES.has(name) || !node.value) return;
        if (node.value.type === 'Literal' && typeof node.value.value === 'string' && LETTER.test(node.value.value)) {
          report(node.value, node.value.value);
        }
        if (
          node.value.type === 'JSXExpressionContainer' &&
          node.value.expression.type === 'Literal' &&
          typeof node.value.expression.value === 'string' &&
          LETTER.test(node.value.expression.value)
        ) {
          report(node.value, node.value.expression.value);
        }
      },
    };
  },
};
