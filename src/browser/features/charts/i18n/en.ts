export const charts = {
  clusterTitle: 'Resources over time',
  agentTitle: 'Allocation over time',
  allocated: 'Allocated',
  total: 'Total',
  usageSummary: '{{used}} of {{total}} allocated now; at most {{peak}} in this period.',
  noSamples: 'No samples yet.',
  taskStatesTitle: 'Live tasks by state',
  taskStatesSummary: 'Now: {{states}}.',
  taskStateCount: '{{count}} {{state}}',
  listSeparator: ', ',
  taskStates: {
    running: 'running',
    staging: 'staging',
    starting: 'starting',
    killing: 'killing',
    unreachable: 'unreachable',
  },
};
