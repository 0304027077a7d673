export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: -?\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)/y;

/**
 * Parses the Prometheus text exposition format strictly: every line is a comment, blank, or a
 * sample of a metric announced by `# TYPE`; anything else throws with the line.
 */
export function parsePrometheusText(text: string): PrometheusSample[] {
  const typed = new Set<string>();
  const samples: PrometheusSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ')) continue;
    const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type?.[1]) {
      typed.add(type[1]);
      continue;
    }
    const match = SAMPLE.exec(line);
    if (!match?.[1] || match[3] === undefined) throw new Error(`not a Prometheus sample: ${line}`);
    const name = match[1];
    const family = name.replace(/_(bucket|sum|count)$/, '');
    if (!typed.has(name) && !typed.has(family)) throw new Error(`no # TYPE before ${line}`);
    const labels: Record<string, string> = {};
    const labelText = match[2] ?? '';
    LABEL.lastIndex = 0;
    while (LABEL.lastIndex < labelText.length) {
      const label = LABEL.exec(labelText);
      if (!label?.[1] || label[2] === undefined) throw new Error(`bad labels in ${line}`);
      labels[label[1]] = label[2];
    }
    // Prometheus reads values with Go's ParseFloat: NaN and Inf in any case.
    const special = /^(?:([+-]?)inf(?:inity)?|nan)$/i.exec(match[3]);
    const value = special
      ? special[1] === undefined
        ? NaN
        : special[1] === '-'
          ? -Infinity
          : Infinity
      : Number(match[3]);
    if (!special && !Number.isFinite(value)) throw new Error(`bad value in ${line}`);
    samples.push({ name, labels, value });
  }
  return samples;
}

/** The value of the one sample with this name whose labels include `labels`, or undefined. */
export function sampleValue(
  samples: readonly PrometheusSample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  return samples.find(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )?.value;
}
