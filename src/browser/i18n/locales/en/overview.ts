export const overview = {
  title: 'Overview',
  resources: {
    cpus: 'CPUs',
    mem: 'Memory',
    disk: 'Disk',
    gpus: 'GPUs',
    total: 'Total',
    used: 'Used',
    offered: 'Offered',
    idle: 'Idle',
    barLabel: '{{resource}}: {{used}} used and {{offered}} offered of {{total}}',
  },
  agents: {
    heading: 'Agents',
    active: 'Active',
    inactive: 'Inactive',
  },
  frameworks: {
    heading: 'Frameworks',
    active: 'Active',
    inactive: 'Inactive',
  },
  tasks: {
    heading: 'Tasks by state',
    current: 'Now',
    sinceStart: 'Since the leading master started',
    state: 'State',
    count: 'Tasks',
  },
};
