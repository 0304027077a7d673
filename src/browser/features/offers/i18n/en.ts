export const offers = {
  title: 'Offers',
  intro:
    'Resources the leading master has offered to frameworks and not yet had accepted or declined, and the inverse offers it sent for machines being drained for maintenance.',
  filter: 'Agent, framework or role',
  outstanding: 'Outstanding offers',
  none: 'No outstanding offers.',
  inverse: 'Inverse offers',
  noInverse: 'No inverse offers: no machine is being drained for maintenance.',
  columns: {
    id: 'Offer',
    agent: 'Agent',
    framework: 'Framework',
    role: 'Role',
    resources: 'Resources',
    ports: 'Ports',
    age: 'Seen for',
    machine: 'Machine',
    answer: 'Answer',
    window: 'Unavailable from',
    duration: 'For',
  },
  ageNote:
    'Mesos does not say when an offer was made; “Seen for” counts from when Stadium first saw it, the same in every tab.',
  answers: { UNKNOWN: 'No answer yet', ACCEPT: 'Accepted', DECLINE: 'Declined' },
  empty: '—',
  hours: '{{count}} h',
  minutes: '{{count}} min',
};
