import type { session as en } from './en';

export const session: typeof en = {
  signIn: {
    title: '登录 Stadium',
    intro: '此 Stadium 在显示集群之前需要确认您的身份。',
    username: '用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    wrong: '用户名或密码错误。',
    locked: '此用户密码错误次数过多。请等待几分钟后再试。',
  },
  signedInAs: '已登录：{{user}}',
  roles: {
    operator: '操作员',
    viewer: '只读用户',
  },
  signOut: '退出登录',
  readOnly: '只读',
  readOnlyHint: '您可以查看集群，但不能更改。',
  readOnlyPage: '此 Stadium 对您是只读的：不能创建或更改应用。',
};
