import { readFileSync } from 'node:fs';

/** A file named by a flag; the error names the flag, the file and why, never the content. */
export function readFlagFile(flag: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(`${flag} ${file} cannot be read (${String(code)})`, { cause: error });
  }
}
