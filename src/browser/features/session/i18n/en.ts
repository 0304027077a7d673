export const session = {
  signIn: {
    title: 'Sign in to Stadium',
    intro: 'This Stadium asks who you are before it shows the cluster.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    wrong: 'Wrong username or password.',
    locked: 'Too many wrong passwords for this user. Wait a few minutes, then try again.',
  },
  signedInAs: 'Signed in as {{user}}',
  roles: {
    operator: 'operator',
    viewer: 'viewer',
  },
  signOut: 'Sign out',
  readOnly: 'Read-only',
  readOnlyHint: 'You can look at the cluster but not change it.',
  readOnlyPage: 'This Stadium is read-only for you: it cannot create or change apps.',
};
