/** Marathon's `label` query selector: `env==prod,tier!=fe`, `key`, `key in (a,b)`, `key notin (a,b)`. */

function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else current += char;
  }
  terms.push(current);
  return terms.map((term) => term.trim()).filter(Boolean);
}

function termMatches(term: string, labels: Record<string, string>): boolean {
  const set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(term);
  if (set) {
    const [, key = '', op, list = ''] = set;
    const values = list.split(',').map((v) => v.trim());
    const present = Object.hasOwn(labels, key) && values.includes(labels[key] ?? '');
    return op === 'in' ? present : !present;
  }
  const comparison = /^(.+?)\s*(==|!=)\s*(.*)$/.exec(term);
  if (comparison) {
    const [, key = '', op, value] = comparison;
    const equal = labels[key] === value;
    return op === '==' ? equal : !equal;
  }
  return Object.hasOwn(labels, term);
}

export function matchesLabelSelector(selector: string, labels: Record<string, string>): boolean {
  return splitTerms(selector).every((term) => termMatches(term, labels));
}
