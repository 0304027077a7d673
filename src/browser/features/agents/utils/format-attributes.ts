/** Agent attributes as Mesos writes them on the command line: `rack:r1;zone:a`. */
export function formatAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
}
