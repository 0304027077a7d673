/** The part of sandbox other features may import; everything else in the folder is its own. */
export { SandboxLink, TaskLogLinks } from './components/task-log-links';
