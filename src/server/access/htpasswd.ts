export interface ParsedHtpasswd {
  entries: Map<string, string>;
  /** One note per line that was skipped, naming the line and the user but never the hash. */
  skipped: string[];
}

/** bcrypt as `htpasswd -B` writes it ($2y$) and as other tools do ($2a$, $2b$). */
const BCRYPT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

/**
 * Apache htpasswd text: `user:hash` per line, `#` comments and blank lines ignored. Only bcrypt
 * entries are accepted: MD5-crypt, SHA1 and crypt() entries are too weak to rely on.
 */
export function parseHtpasswd(text: string): ParsedHtpasswd {
  const entries = new Map<string, string>();
  const skipped: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const user = colon > 0 ? line.slice(0, colon) : '';
    const hash = line.slice(colon + 1);
    const where = `line ${index + 1}`;
    if (user === '') {
      skipped.push(`${where}: not "user:hash"`);
    } else if (!BCRYPT.test(hash)) {
      skipped.push(`${where} (${user}): not a bcrypt hash; write it with htpasswd -B`);
    } else if (entries.has(user)) {
      skipped.push(`${where} (${user}): the user appears again; the first entry counts`);
    } else {
      entries.set(user, hash);
    }
  });
  return { entries, skipped };
}
