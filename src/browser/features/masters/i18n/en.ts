export const masters = {
  title: 'Masters',
  table: {
    caption: 'Masters',
    address: 'Address',
    role: 'Role',
    reachable: 'Reachable',
    empty: 'Stadium knows no master yet.',
    version: 'Version',
    build: 'Built',
    buildValue: '{{date}} by {{user}} ({{git}})',
    started: 'Started',
    elected: 'Leading since',
  },
  role: {
    leader: 'Leader',
    standby: 'Standby',
  },
  reach: {
    yes: 'Yes',
    no: 'No: {{error}}',
    unreadable: 'Unusable entry in ZooKeeper',
  },
  flags: {
    title: 'Flags of the leading master',
  },
  log: {
    open: 'Read the leading master’s log',
    title: 'Log of the leading master',
    nodeTitle: 'Log of the master at {{node}}',
    back: 'All masters',
    column: 'Log',
    link: 'Log',
    linkOf: 'Log of {{node}}',
  },
};
