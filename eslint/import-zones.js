/**
 * Import zones of the browser app (README, "Architecture"): app -> features -> shared. A feature
 * reaches another feature only through that feature's `index.ts`, shared code never reaches a
 * feature, and only tests reach `testing/` (and, to render, `app/`). Relative specifiers are
 * resolved against the importing file, so the rule holds however deep either file sits.
 */
import path from 'node:path';

const BROWSER = `${path.sep}src${path.sep}browser${path.sep}`;

/** `{ zone, feature, rest }` of a path under src/browser, or null outside it. */
function zoneOf(file) {
  const at = file.indexOf(BROWSER);
  if (at < 0) return null;
  const [zone = '', feature = '', ...rest] = file.slice(at + BROWSER.length).split(path.sep);
  return zone === 'features' ? { zone, feature, rest } : { zone, feature: null, rest: [] };
}

const isTest = (file) => /\.test\.tsx?$/.test(file);
const isFeatureEntry = (rest) =>
  rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0]));

function problem(from, to, file) {
  if (from.zone === 'features') {
    if (to.zone === 'app' && !isTest(file)) {
      return 'A feature must not import app/ (app composes features).';
    }
    if (to.zone === 'features' && to.feature !== from.feature && !isFeatureEntry(to.rest)) {
      return `Import '${to.feature}' through its index.ts ('features/${to.feature}'), or move what both features need to shared/.`;
    }
  }
  if (from.zone === 'shared' && (to.zone === 'features' || to.zone === 'app')) {
    return 'shared/ must not import features or app/: move the code it needs into shared/.';
  }
  if (to.zone === 'testing' && from.zone !== 'testing' && !isTest(file)) {
    return 'Only tests and testing/ may import testing/.';
  }
  return null;
}

export const importZones = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Keeps the browser app layered: app -> features (via index.ts) -> shared.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = zoneOf(file);
    if (!from) return {};
    const check = (node) => {
      const specifier = node?.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = zoneOf(path.resolve(path.dirname(file), specifier));
      const message = to && problem(from, to, file);
      if (message) context.report({ node: node.source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
