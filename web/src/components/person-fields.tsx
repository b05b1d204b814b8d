import { useId } from 'react';
import { useAppInfo } from '../app-info.js';
import { ROLE_LABEL } from '../format.js';
import { ROLES, type Role } from '../types.js';

export interface PersonDraft {
  /** Stable identity of a draft in a list (React's key), never sent. */
  uid: number;
  name: string;
  role: Role;
  email: string;
  interviewed: string;
  rapport: string;
}

let drafts = 0;
export const emptyPerson = (role: Role = 'interviewer'): PersonDraft => ({
  uid: ++drafts,
  name: '',
  role,
  email: '',
  interviewed: '',
  rapport: '',
});

/** The input for one person: the API body of "add a person", from a draft. */
export function personBody(p: PersonDraft, extra: Record<string, unknown> = {}) {
  return {
    name: p.name,
    role: p.role,
    ...(p.email.trim() ? { emails: [p.email.trim()] } : {}),
    ...(p.interviewed ? { interviewed: p.interviewed } : {}),
    ...(p.rapport.trim() ? { rapport: p.rapport.trim() } : {}),
    ...extra,
  };
}

/** Name, part, e-mail, interview day and rapport for one person, as controlled fields. */
export function PersonFields({
  value,
  onChange,
  legend,
  withInterview = true,
}: {
  value: PersonDraft;
  onChange: (next: PersonDraft) => void;
  legend: string;
  withInterview?: boolean;
}) {
  const { clock } = useAppInfo();
  const id = useId();
  const set = (k: keyof PersonDraft) => (e: { target: { value: string } }) =>
    onChange({ ...value, [k]: e.target.value });
  return (
    <fieldset className="person-fields">
      <legend>{legend}</legend>
      <div className="grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={value.name} onChange={set('name')} required maxLength={2000} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Their part</label>
          <select id={`${id}-role`} value={value.role} onChange={set('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>E-mail (optional)</label>
          <input id={`${id}-email`} type="email" value={value.email} onChange={set('email')} />
        </div>
        {withInterview && (
          <div className="field">
            <label htmlFor={`${id}-interviewed`}>Interviewed you on (optional)</label>
            <input
              id={`${id}-interviewed`}
              type="date"
              max={clock.today}
              value={value.interviewed}
              onChange={set('interviewed')}
            />
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-rapport`}>Something you share (optional)</label>
        <input
          id={`${id}-rapport`}
          value={value.rapport}
          onChange={set('rapport')}
          placeholder="A topic that came up, an interest, a value"
          maxLength={5000}
        />
      </div>
    </fieldset>
  );
}
