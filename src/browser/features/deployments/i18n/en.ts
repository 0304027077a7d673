/** Strings of the deployments page and of the write-status region (namespace `deployments`). */
export const deployments = {
  title: 'Deployments',
  notRunning:
    'Deployment {{id}} is not running any more: it finished, or it was ended from elsewhere.',
  empty: 'No deployments are running: every app runs what it was last asked to.',
  card: {
    title: 'Deployment {{id}}',
    apps: 'Apps',
    started: 'Started',
    steps: 'Steps',
    step: 'Step {{number}}: {{actions}}',
    actions: 'Actions on deployment {{id}}',
    rollback: 'Rollback',
    stop: 'Stop without rollback',
  },
  progress: {
    deployment: 'Deployment {{id}}',
    step: 'Step {{current}} of {{total}}',
    label: 'Progress of deployment {{id}}: {{step}}',
    now: 'Now: {{actions}}',
    action: '{{action}} {{target}}',
  },
  actions: {
    StartApplication: 'Start',
    StopApplication: 'Stop',
    ScaleApplication: 'Scale',
    RestartApplication: 'Restart',
    ResolveArtifacts: 'Resolve artifacts of',
    StartPod: 'Start pod',
    StopPod: 'Stop pod',
    ScalePod: 'Scale pod',
    RestartPod: 'Restart pod',
  },
  rollback: {
    title: 'Roll back deployment {{id}}?',
    description:
      'Marathon cancels this deployment and starts a new one that returns {{apps}} to the definitions they had before it. Instances it started are stopped again.',
    submit: 'Roll back',
  },
  stop: {
    title: 'Stop deployment {{id}} without rollback?',
    description:
      'Marathon cancels this deployment and changes nothing back: {{apps}} stay exactly as they are now, possibly with old and new instances mixed and fewer or more instances than asked. Nothing completes the change until you deploy again.',
    submit: 'Stop deployment',
  },
  writes: {
    label: 'Changes sent to Marathon',
    dismiss: 'Dismiss',
    progress: 'Step {{current}} of {{total}}',
    create: {
      running: 'Creating {{appId}}…',
      succeeded: 'Created {{appId}}: its instances are running.',
      failed: 'Creating {{appId}} did not complete.',
    },
    update: {
      running: 'Deploying the new definition of {{appId}}…',
      succeeded: 'Deployed the new definition of {{appId}}.',
      failed: 'The new definition of {{appId}} was not fully deployed.',
    },
    scale: {
      running: 'Scaling {{appId}} to {{instances}} instances…',
      succeeded: 'Scaled {{appId}} to {{instances}} instances.',
      failed: 'Scaling {{appId}} to {{instances}} instances did not complete.',
    },
    suspend: {
      running: 'Suspending {{appId}}…',
      succeeded: 'Suspended {{appId}}.',
      failed: 'Suspending {{appId}} did not complete.',
    },
    resume: {
      running: 'Resuming {{appId}} with {{instances}} instances…',
      succeeded: 'Resumed {{appId}} with {{instances}} instances.',
      failed: 'Resuming {{appId}} did not complete.',
    },
    restart: {
      running: 'Restarting {{appId}}…',
      succeeded: 'Restarted {{appId}}: every instance was replaced.',
      failed: 'Restarting {{appId}} did not complete.',
    },
    destroy: {
      running: 'Destroying {{appId}}…',
      succeeded: 'Destroyed {{appId}}.',
      failed: 'Destroying {{appId}} did not complete.',
    },
    kill: {
      running_one: 'Killing {{count}} instance of {{appId}}…',
      running_other: 'Killing {{count}} instances of {{appId}}…',
      succeeded_one: 'Killed {{count}} instance of {{appId}}; Marathon starts a replacement.',
      succeeded_other: 'Killed {{count}} instances of {{appId}}; Marathon starts replacements.',
      failed: 'Killing instances of {{appId}} did not complete.',
    },
    killAndScale: {
      running_one: 'Killing {{count}} instance of {{appId}} and scaling it down…',
      running_other: 'Killing {{count}} instances of {{appId}} and scaling it down…',
      succeeded_one: 'Killed {{count}} instance of {{appId}} and scaled it down.',
      succeeded_other: 'Killed {{count}} instances of {{appId}} and scaled it down.',
      failed: 'Killing and scaling down {{appId}} did not complete.',
    },
    rollbackVersion: {
      running: 'Rolling {{appId}} back to version {{version}}…',
      succeeded: 'Rolled {{appId}} back to version {{version}}.',
      failed: 'Rolling {{appId}} back to version {{version}} did not complete.',
    },
    resetDelay: {
      running: 'Resetting the launch delay of {{appId}}…',
      succeeded: 'Reset the launch delay of {{appId}}: Marathon launches again now.',
      failed: 'Resetting the launch delay of {{appId}} failed.',
    },
    createGroup: {
      running: 'Creating group {{appId}}…',
      succeeded: 'Created group {{appId}}.',
      failed: 'Creating group {{appId}} did not complete.',
    },
    scaleGroup: {
      running: 'Scaling everything in {{appId}} by {{factor}}…',
      succeeded: 'Scaled everything in {{appId}} by {{factor}}.',
      failed: 'Scaling {{appId}} by {{factor}} did not complete.',
    },
    destroyGroup: {
      running: 'Destroying group {{appId}} and everything in it…',
      succeeded: 'Destroyed group {{appId}}.',
      failed: 'Destroying group {{appId}} did not complete.',
    },
    deploymentRollback: {
      running: 'Rolling back deployment {{deploymentId}}…',
      succeeded: 'Rolled back deployment {{deploymentId}}.',
      failed: 'The rollback of deployment {{deploymentId}} did not complete.',
    },
    deploymentStop: {
      running: 'Stopping deployment {{deploymentId}}…',
      succeeded: 'Stopped deployment {{deploymentId}} without rollback; its apps stay as they are.',
      failed: 'Stopping deployment {{deploymentId}} failed.',
    },
    failure: {
      superseded:
        'Deployment {{deploymentId}} took over {{appId}} (a forced change or a rollback cancelled this one).',
      incomplete:
        '{{appId}} runs {{running}} of {{instances}} instances: the deployment was stopped before it finished.',
      gone: '{{appId}} no longer exists.',
      stillExists: '{{appId}} still exists.',
    },
  },
  lock: {
    message_one:
      'App is locked by deployment {{deployments}}: Marathon runs one deployment per app at a time.',
    message_other:
      'App is locked by deployments {{deployments}}: Marathon runs one deployment per app at a time.',
    consequence:
      'Force: the running deployment is cancelled and this change starts now; old and new instances may be mixed until it completes.',
    force: 'Force',
  },
  dialogs: {
    cancel: 'Cancel',
  },
};
