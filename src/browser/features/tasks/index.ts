/** The part of tasks other features may import; everything else in the folder is its own. */
export { TaskBrowser } from './components/task-browser';
export { TaskStateLabel } from './components/task-state-label';
