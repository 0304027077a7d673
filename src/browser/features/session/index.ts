/** What other features use of the session: write controls that disappear in read-only mode. */
export { ReadOnlyNotice } from './components/read-only-notice';
export { useCanWrite, WriteControl } from './use-can-write';
