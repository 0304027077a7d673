export const audit = {
  title: 'Audit',
  intro: 'The latest writes that passed Stadium, newest first.',
  filters: 'Audit filters',
  user: 'User',
  target: 'Target',
  table: 'Writes',
  columns: {
    time: 'Time',
    user: 'User',
    address: 'Address',
    request: 'Request',
    target: 'Target',
    status: 'Status',
  },
  anonymous: '(no sign-in)',
  empty: 'No writes match.',
};
