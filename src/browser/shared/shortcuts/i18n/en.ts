export const shortcuts = {
  button: 'Keyboard shortcuts',
  title: 'Keyboard shortcuts',
  description: 'Single keys work anywhere except while typing in a field or an editor.',
  then: 'then',
  groups: {
    general: 'General',
    goTo: 'Go to',
  },
  actions: {
    help: 'Show this list of shortcuts',
    search: 'Focus the search or filter box of the page',
    palette: 'Search the whole cluster (apps, pods, agents, frameworks, tasks), also while typing',
    close: 'Close a dialog or a menu',
    goTo: 'Go to {{page}}',
  },
  enabled: 'Use single-key shortcuts',
  enabledHint: 'Turn them off if they get in the way of your screen reader or speech input.',
  close: 'Close',
};
