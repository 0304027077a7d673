/** The part of sandbox other features may import; everything else in the folder is its own. */
export { SandboxLink, TaskLogLinks } from './components/task-log-links';
export { AGENT_LOG_PATH, MASTER_LOG_PATH } from './api/agent-files-urls';
export { FileViewer } from './components/file-viewer';
export { useViewerSettings } from './hooks/use-viewer-settings';
