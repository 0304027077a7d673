import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from '../../api/console-header';

/**
 * A request to the emulated Stadium as another operator's script sends it (curl with the
 * console's header, as the proxy requires for writes): the changes a test makes behind the
 * console's back before it looks at what the console shows.
 */
export function anotherClient(path: `/${string}`, init: RequestInit = {}): Promise<Response> {
  return fetch(`http://localhost:3000/api${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE,
      ...(init.headers as Record<string, string> | undefined),
    },
  });
}
