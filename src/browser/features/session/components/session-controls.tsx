import { useTranslation } from 'react-i18next';
import { Badge } from '../../../shared/ui/badge';
import { useSession } from '../api/get-session';
import { useSignOut } from '../api/sign-out';
import '../../../shared/ui/header-control.css';
import './session-controls.css';

/** In the header: "Read-only" when writes are off, who is signed in, and "Sign out". */
export function SessionControls() {
  const { t } = useTranslation('session');
  const { data } = useSession();
  const signOut = useSignOut();
  if (!data) return null;
  return (
    <div className="session-controls">
      {data.readOnly && <Badge title={t('readOnlyHint')}>{t('readOnly')}</Badge>}
      {data.user !== undefined && (
        <>
          <span className="session-controls__user">
            {t('signedInAs', { user: data.user })}
            {data.role && <> ({t(`roles.${data.role}`)})</>}
          </span>
          <button
            type="button"
            className="header-control"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            {t('signOut')}
          </button>
        </>
      )}
    </div>
  );
}
