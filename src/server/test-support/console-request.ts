import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from '../../api/console-header';

/** Headers that make a test's request look like the console's own (writes need them). */
export const CONSOLE = { [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE } as const;
