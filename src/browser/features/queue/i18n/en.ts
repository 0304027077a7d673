/** Strings of the launch queue page (namespace `queue`). */
export const queue = {
  title: 'Launch queue',
  caption: 'Instances waiting to launch',
  empty: 'Nothing is waiting to launch: every app and pod has the instances it asked for.',
  columns: {
    id: 'App or pod',
    count: 'Waiting',
    delay: 'Delay',
    since: 'Waiting since',
    reason: 'Why it waits',
  },
  sortBy: 'Sort by {{column}}',
  noDelay: 'None',
  delay: '{{seconds}} s left',
  overdue: 'Overdue',
  resetDelay: 'Reset delay',
  resetDelayOf: 'Reset delay: {{id}}',
  declined: '{{reason}}: {{declined}} of {{processed}} offers declined',
  noOffersYet: 'No offer processed yet',
  role: 'role {{role}}',
  pod: 'Pod',
};
