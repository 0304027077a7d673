/** Strings of the Marathon apps views (namespace `apps`); the editor has its own (`appEditor`). */
export const apps = {
  status: {
    running: 'Running',
    deploying: 'Deploying',
    suspended: 'Suspended',
    waiting: 'Waiting',
    delayed: 'Delayed',
  },
  health: {
    healthy: 'Healthy',
    unhealthy: 'Unhealthy',
    unknown: 'Unknown',
    bar: 'Health of {{running}} running: {{healthy}} healthy, {{unhealthy}} unhealthy, {{unknown}} unknown',
  },
  list: {
    title: 'Apps',
    create: 'Create application',
    caption: 'Marathon apps',
    columns: {
      name: 'Name',
      status: 'Status',
      instances: 'Instances',
      health: 'Health',
      cpus: 'CPUs',
      mem: 'Memory',
      runs: 'Image or command',
    },
    runs: {
      image: 'Image:',
      cmd: 'Command:',
    },
    instances: '{{running}} / {{instances}}',
    openFolder: 'Open folder {{folder}}',
    folderApps_one: '{{count}} app',
    folderApps_other: '{{count}} apps',
    emptyFolder: 'No apps here.',
    matches_one: '{{count}} app matches.',
    matches_other: '{{count}} apps match.',
    trail: 'Breadcrumb',
    allApps: 'All apps',
  },
  filters: {
    region: 'Search and filters',
    search: 'Search apps',
    searchPlaceholder: 'Search every app by its full path',
    status: 'Status',
    health: 'Health',
    label: 'Label',
    anyLabel: 'Any label',
    clear: 'Clear filters',
  },
  detail: {
    facts:
      '{{running}} of {{instances}} instances running · CPUs {{cpus}} · memory {{mem}} per instance',
    actions: 'App actions',
    deploymentsLabel: 'Deployments in progress',
    allDeployments: 'All deployments',
    notFound: 'Marathon has no app {{appId}}.',
    backToApps: 'Back to the apps',
    tabs: 'App views',
    tab: {
      instances: 'Instances',
      configuration: 'Configuration',
      versions: 'Versions',
    },
  },
  actions: {
    scale: 'Scale',
    suspend: 'Suspend',
    resume: 'Resume',
    restart: 'Restart',
    destroy: 'Destroy',
    edit: 'Edit',
  },
  waiting: {
    heading_one: 'Why {{count}} instance is waiting',
    heading_other: 'Why {{count}} instances are waiting',
    reasonWithSubject: '{{reason}}: {{subject}}',
    declined: '{{declined}} of {{processed}} offers declined',
    noOffersYet: 'Marathon has not processed an offer for these instances yet.',
    delayedOnly: 'Marathon holds the launch back after failed instances.',
    delay: 'Launch delayed after failures: {{seconds}} s left.',
    resetDelay: 'Reset delay',
    offersCaption: 'Last offer of each agent',
    agent: 'Agent',
    reasons: 'Declined because',
    when: 'When',
  },
  reasons: {
    UnfulfilledRole: 'The offers are for roles the app does not accept.',
    UnfulfilledConstraint: 'No offered agent satisfies the app’s constraints.',
    NoCorrespondingReservationFound: 'No offer holds the reservation the app needs.',
    AgentMaintenance: 'The offering agents are in maintenance.',
    InsufficientCpus: 'No offer has enough free CPUs.',
    InsufficientMemory: 'No offer has enough free memory (MiB).',
    InsufficientDisk: 'No offer has enough free disk (MiB).',
    InsufficientGpus: 'No offer has enough free GPUs.',
    InsufficientPorts: 'No offer has the host ports the app needs free.',
    DeclinedScarceResources: 'The offers hold scarce resources (GPUs) the app does not use.',
  },
  instances: {
    caption: 'Instances of {{appId}}',
    none: 'No instances are running.',
    selection: 'Selected instances',
    selected_one: '{{count}} selected',
    selected_other: '{{count}} selected',
    kill: 'Kill',
    killAndScale: 'Kill & scale',
    killHint:
      'Kill: Marathon starts a replacement for each killed instance. Kill & scale: the app’s instance count goes down by the number killed.',
    selectAll: 'Select all instances',
    select: 'Select instance {{taskId}}',
    columns: {
      id: 'Instance',
      agent: 'Agent',
      endpoints: 'Host ports',
      state: 'State',
      health: 'Health',
      started: 'Started',
      logs: 'Logs',
    },
    noChecks: 'No health checks',
    notStarted: 'Not yet',
  },
  configuration: {
    label: 'App definition (JSON)',
    copy: 'Copy JSON',
    copied: 'Copied to the clipboard.',
    copyFailed: 'The browser did not allow copying; select the text instead.',
    download: 'Download {{fileName}}',
  },
  versions: {
    caption: 'Versions of {{appId}}, newest first',
    version: 'Version',
    timestamp: 'Timestamp',
    actions: 'Actions',
    current: '{{time}} (current)',
    rollback: 'Roll back',
    rollbackTo: 'Roll back to version {{version}}',
    from: 'Compare version',
    to: 'with version',
    diffHeading: 'Differences between the two versions',
    diffLabel: 'Version {{from}} on the left, version {{to}} on the right',
    diffSide: 'Version {{version}}',
  },
  scale: {
    title: 'Scale {{appId}}',
    description_one:
      'The app runs {{count}} instance now. Scaling only starts or stops instances; running ones keep going.',
    description_other:
      'The app runs {{count}} instances now. Scaling only starts or stops instances; running ones keep going.',
    instances: 'Instances',
    invalid: 'Enter a whole number of instances, 0 or more.',
    submit: 'Scale',
    capAgents:
      '{{constraint}} on {{count}} agents: at most {{max}} instances can run; {{waiting}} will wait.',
    capValues:
      '{{constraint}} over {{count}} attribute values: at most {{max}} instances can run; {{waiting}} will wait.',
    capHostPort:
      'Fixed host port {{ports}}: one instance per agent on {{count}} agents: at most {{max}} instances can run; {{waiting}} will wait.',
    capResources:
      'The free resources fit at most {{max}} instances ({{cpus}} CPUs and {{mem}} MiB each); {{waiting}} will wait.',
    sendAnyway:
      'You can still scale: instances that cannot be placed wait in Marathon’s queue, and the deployment stays open (locking the app) until they run or it is rolled back.',
  },
  suspend: {
    title: 'Suspend {{appId}}?',
    description_one:
      'Scales the app to 0: its {{count}} instance is stopped. Resume starts it again.',
    description_other:
      'Scales the app to 0: its {{count}} instances are stopped. Resume returns to {{count}} instances.',
    submit: 'Suspend',
  },
  restart: {
    title: 'Restart {{appId}}?',
    description_one:
      'Marathon replaces the running instance with a new one, following the app’s upgrade strategy.',
    description_other:
      'Marathon replaces all {{count}} running instances with new ones, following the app’s upgrade strategy.',
    submit: 'Restart',
  },
  destroy: {
    title: 'Destroy {{appId}}?',
    description_one:
      'Stops its {{count}} running instance and deletes the app with all its versions. This cannot be undone.',
    description_other:
      'Stops its {{count}} running instances and deletes the app with all its versions. This cannot be undone.',
    typeId: 'Type the app id {{appId}} to confirm',
    submit: 'Destroy',
  },
  rollback: {
    title: 'Roll {{appId}} back?',
    description:
      'Marathon deploys the definition of version {{version}} again, as a new version; instances are replaced as for any configuration change.',
    submit: 'Roll back',
  },
  create: {
    title: 'Create an application',
    submit: 'Create application',
  },
  edit: {
    title: 'Edit {{appId}}',
    submit: 'Deploy changes',
  },
};
