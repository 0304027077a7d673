export const clusterStatus = {
  leaders: {
    label: 'Cluster leaders',
    mesos: 'Mesos leader',
    marathon: 'Marathon leader',
    none: 'No leader',
    notAnswering: '{{leader}} (not answering)',
    credentialsRefused: 'Credentials refused',
  },
  simulated: 'Simulated cluster',
  simulatedHint:
    'Stadium runs its built-in simulated cluster (started without --mesos or --marathon).',
  side: {
    mesos: 'Mesos',
    marathon: 'Marathon',
  },
  nodes: {
    mesos: 'Mesos masters',
    marathon: 'Marathon instances',
  },
  banner: {
    noLeader: 'No {{side}} leader — {{nodes}}: {{answering}} of {{total}} answering.',
    leaderNotAnswering:
      '{{side}} leader {{leader}} does not answer — {{nodes}}: {{answering}} of {{total}} answering.',
    credentialsRefused: "{{side}} refused Stadium's credentials. {{message}}",
    otherSideWorks: '{{side}} views keep working.',
    proxyDown: 'Stadium does not answer ({{message}}). The leaders shown are the last known.',
  },
};
