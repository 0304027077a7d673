export const frameworks = {
  title: 'Frameworks',
  tabs: {
    label: 'Framework lists',
    withCount: '{{name}} ({{count}})',
    active: 'Active',
    inactive: 'Inactive',
    completed: 'Completed',
  },
  empty: {
    active: 'No framework is registered.',
    inactive: 'No framework is disconnected.',
    completed: 'No framework has finished.',
  },
  columns: {
    name: 'Name',
    id: 'ID',
    status: 'Status',
    connected: 'Connected',
    host: 'Host',
    user: 'User',
    principal: 'Principal',
    roles: 'Roles',
    webui: 'Web UI',
    registered: 'Registered',
    reregistered: 'Re-registered',
    unregistered: 'Unregistered',
    failoverTimeout: 'Failover timeout',
    checkpoint: 'Checkpointing',
    capabilities: 'Capabilities',
    activeTasks: 'Active tasks',
    used: '{{resource}} used',
  },
  values: {
    yes: 'Yes',
    no: 'No',
    seconds: '{{seconds}} s',
  },
  detail: {
    title: 'Framework {{name}}',
    back: 'All frameworks',
    overview: 'Framework',
    tasks: 'Tasks of this framework',
  },
  teardown: {
    open: 'Tear down…',
    title: 'Tear down framework {{name}}',
    tasks_one:
      'Mesos kills its {{count}} task, and the framework cannot register again with this id.',
    tasks_other:
      'Mesos kills all its {{count}} tasks, and the framework cannot register again with this id.',
    consequence:
      'The framework’s scheduler is cut off: it does not restart the killed tasks. This cannot be undone.',
    typeId: 'Type the framework id {{frameworkId}} to confirm',
    submit: 'Tear down',
    done: 'Mesos tore down {{name}}; its tasks are being killed.',
  },
};
