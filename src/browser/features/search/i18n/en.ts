/** Strings of the search palette (namespace `search`). */
export const search = {
  button: 'Search',
  title: 'Search the cluster',
  description:
    'Apps, pods, groups, agents (hostname, id, attributes), frameworks and tasks (id prefix). Arrow keys choose, Enter opens.',
  input: 'Search apps, pods, groups, agents, frameworks and tasks',
  results: 'Results',
  kinds: {
    app: 'App',
    pod: 'Pod',
    group: 'Group',
    agent: 'Agent',
    framework: 'Framework',
    task: 'Task',
  },
  searching: 'Searching…',
  none: 'Nothing matches “{{query}}”.',
  count_one: '{{count}} result',
  count_other: '{{count}} results',
  hint: 'Type a name, a hostname, an attribute value or the start of a task id.',
};
