import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from '../../api/console-header';
import type { PipelineStep, Refusal } from './request-pipeline';

/** The methods that change something: what the write checks (header, role, read-only) look at. */
export const WRITES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A write that carries the console's header comes from the console (or a script run by someone
 * who means it), never from a form or a no-cors fetch on another site. Also the rule of the
 * proxy's emulation in browser tests (mocks/emulation), so a console write without it fails there.
 */
export function missingWriteHeader(
  method: string,
  header: string | string[] | null | undefined,
): Refusal | undefined {
  if (!WRITES.has(method) || header === CONSOLE_HEADER_VALUE) return undefined;
  return {
    status: 403,
    reason: 'missing-write-header',
    message:
      `Writes to Stadium's /api need the header "${CONSOLE_HEADER}: ${CONSOLE_HEADER_VALUE}" ` +
      '(the console always sends it); add it to scripted requests, e.g. curl -H ' +
      `'${CONSOLE_HEADER}: ${CONSOLE_HEADER_VALUE}'.`,
  };
}

export const writeHeaderStep: PipelineStep = ({ api, method, headers }) =>
  api ? missingWriteHeader(method, headers[CONSOLE_HEADER.toLowerCase()]) : undefined;
