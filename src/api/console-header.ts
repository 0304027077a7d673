/**
 * The header the console sends on every /api request and the proxy requires on every write.
 * A page on another origin cannot add it without a CORS preflight, which the proxy refuses.
 */
export const CONSOLE_HEADER = 'X-Stadium-Console';
export const CONSOLE_HEADER_VALUE = '1';
