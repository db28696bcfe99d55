import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../../shared/domain';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { ApprovalFields, noApproval } from '../ui/ApprovalFields';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { ActionBar } from '../ui/ActionBar';

/** Who may sign in at this cabin, and adding an agent or a supervisor (with a supervisor's PIN). */
export function UsersPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [users, setUsers] = useState<SignedInUser[]>([]);
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<'AGENT' | 'SUPERVISOR'>('AGENT');
  const [pin, setPin] = useState('');
  const [approval, setApproval] = useState(noApproval);
  const adding = useAction((error) => (error.code === 'USER_EXISTS' ? 'new-user-id' : 'new-user-supervisor-pin'));
  const { showError } = adding;
  const [added, setAdded] = useState<string | null>(null);

  // Bumped after adding someone, to read the list again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void call('users.list', {}).then((result) => (result.ok ? setUsers(result.value) : showError(result.error)));
  }, [version, showError]);

  return (
    <section className="step panel" data-testid="users-panel">
      <h2>{t('supervisor.usersTitle')}</h2>
      <table className="grid-table">
        <thead>
          <tr>
            <th>{t('session.userId')}</th>
            <th>{t('session.fullName')}</th>
            <th>{t('supervisor.role')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.userId}>
              <td>{u.userId}</td>
              <td>{u.name}</td>
              <td>{u.role === 'SUPERVISOR' ? t('session.roleSUPERVISOR') : t('session.roleAGENT')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="step"
        onSubmit={(event) => {
          event.preventDefault();
          void adding.run(
            () => {
              setAdded(null);
              return call('users.create', { userId, name, role, pin, language, approval });
            },
            (user) => {
              setAdded(t('supervisor.userAdded', { name: user.name }));
              setUserId('');
              setName('');
              setPin('');
              setApproval(noApproval);
              setVersion((v) => v + 1);
            },
          );
        }}
      >
        <h3>{t('supervisor.addUser')}</h3>
        <Field id="new-user-id" label={t('session.userId')} value={userId} onChange={setUserId} />
        <Field id="new-user-name" label={t('session.fullName')} value={name} onChange={setName} />
        <label htmlFor="new-user-role" className="field-label">
          {t('supervisor.role')}
        </label>
        <select id="new-user-role" value={role} onChange={(event) => setRole(event.target.value === 'SUPERVISOR' ? 'SUPERVISOR' : 'AGENT')}>
          <option value="AGENT">{t('session.roleAGENT')}</option>
          <option value="SUPERVISOR">{t('session.roleSUPERVISOR')}</option>
        </select>
        <Field id="new-user-pin" label={t('session.pinNew')} value={pin} onChange={setPin} secret />
        <ApprovalFields idPrefix="new-user" approval={approval} onChange={setApproval} />
        <ActionBar>
          <ErrorAlert error={adding.error} testId="users-error" />
          {added && (
            <p className="notice" role="status">
              {added}
            </p>
          )}
          <button type="submit" className="primary">
            {t('supervisor.addUser')}
          </button>
        </ActionBar>
      </form>
    </section>
  );
}
