import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/api-error';
import { PageTitle } from '../../../shared/ui/page-title';
import { describeError } from '../../../shared/ui/describe-error';
import { useSignIn } from '../api/sign-in';
import '../../../shared/ui/button.css';
import '../../../shared/ui/notice.css';
import './sign-in-form.css';

/** The console's only page before sign-in: what was typed stays after a failed attempt. */
export function SignInForm() {
  const { t } = useTranslation('session');
  const { t: tCommon } = useTranslation();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ username, password });
  };

  return (
    <div className="sign-in">
      <PageTitle title={t('signIn.title')} />
      <p>{t('signIn.intro')}</p>
      <form className="sign-in__form" onSubmit={submit}>
        <label htmlFor={`${id}-username`}>{t('signIn.username')}</label>
        <input
          id={`${id}-username`}
          name="username"
          className="control"
          autoComplete="username"
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input
          id={`${id}-password`}
          name="password"
          className="control"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {signIn.error && (
          <p className="notice notice--error notice__text" role="alert">
            {isApiError(signIn.error) && signIn.error.status === 401
              ? t('signIn.wrong')
              : isApiError(signIn.error) && signIn.error.status === 429
                ? t('signIn.locked')
                : describeError(signIn.error, tCommon)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
