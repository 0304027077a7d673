export const maintenance = {
  title: 'Maintenance',
  intro:
    'Planned maintenance on the leading master: windows of machines (hostname and IP) with a start and a duration, and each machine’s mode.',
  windows: 'Maintenance windows',
  noWindows: 'No maintenance is scheduled.',
  machines: 'Machines',
  columns: {
    machines: 'Machines',
    start: 'Start',
    duration: 'Duration',
    end: 'End',
    machine: 'Machine',
    mode: 'Mode',
    agents: 'Agents',
    window: 'Window',
    actions: 'Actions',
  },
  modes: { UP: 'Up', DRAINING: 'Draining', DOWN: 'Down' },
  none: '—',
  hours: '{{count}} h',
  minutes: '{{count}} min',
  add: 'Schedule maintenance',
  remove: 'Remove window',
  removeNamed: 'Remove the window of {{machines}}',
  start: 'Start maintenance',
  startNamed: 'Start maintenance on {{machine}}',
  stop: 'Stop maintenance',
  stopNamed: 'Stop maintenance on {{machine}}',
  removeBlocked:
    'Stop maintenance on {{machines}} first: a machine that is down must stay scheduled.',
  addDialog: {
    title: 'Schedule a maintenance window?',
    description:
      'Until the window starts, frameworks with tasks on these machines get inverse offers asking them to move away, and offers from them carry the window. Nothing is stopped until you start maintenance.',
    machines: 'Machines (hostnames, separated by commas or spaces)',
    machinesHint: 'Agents’ hosts: {{hostnames}}',
    start: 'Start (your local time)',
    duration: 'Duration (hours)',
    submit: 'Schedule',
    noMachines: 'Name at least one machine.',
    unknown: 'No agent runs on {{hostnames}}; check the spelling.',
    scheduled: '{{hostname}} is already in a window; remove that window first.',
    badStart: 'Enter a date and time.',
    past: 'This time is in the past; the window must start after now.',
    badDuration: 'Enter a duration above 0 hours.',
  },
  conflict: {
    scheduled:
      'Someone else scheduled {{machines}} meanwhile; nothing was sent. The page now shows the current schedule: check it, then send again.',
    gone: 'The window of {{machines}} was already removed by someone else; nothing was sent.',
    changed:
      'Someone else changed the window of {{machines}} since this page read it; nothing was sent. Check the current schedule before removing it.',
  },
  removeDialog: {
    title: 'Remove the maintenance window of {{machines}}?',
    description:
      '{{machines}} go back to up: frameworks stop getting inverse offers for them and offers from them no longer carry a window.',
    submit: 'Remove window',
  },
  startDialog: {
    title: 'Start maintenance on {{machine}}?',
    description:
      '{{machine}} goes down: the master shuts down its agents ({{agents}}), every task on them is killed, and nothing is offered from it until you stop maintenance.',
    submit: 'Start maintenance',
  },
  stopDialog: {
    title: 'Stop maintenance on {{machine}}?',
    description:
      '{{machine}} comes back up and leaves the schedule: its agents may register again and their resources are offered to frameworks.',
    submit: 'Stop maintenance',
  },
};
