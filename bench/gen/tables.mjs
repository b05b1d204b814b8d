/**
 * The columns the generator fills, in the order of its row arrays, with their SQL type for
 * PostgreSQL's `unnest` bulk insert (i = integer, t = text). Mirrors src/store/migrations; a column
 * the product adds later with a default needs no change here.
 */
export const TABLES = [
  ['companies', 'id:i name:t careers_url:t notes:t created_at:t'],
  ['company_domains', 'company_id:i domain:t'],
  [
    'applications',
    'id:i company_id:i role:t job_url:t source:t status:t applied_on:t notes:t created_at:t updated_at:t',
  ],
  ['status_changes', 'id:i application_id:i status:t at:t reason:t mood:t'],
  [
    'people',
    'id:i name:t phone:t linkedin_url:t company_id:i title:t role:t rapport:t contact_state:t notes:t created_at:t',
  ],
  ['person_emails', 'person_id:i email:t'],
  ['participations', 'application_id:i person_id:i role:t interviewed_on:t'],
  ['touches', 'id:i person_id:i application_id:i at:t channel:t direction:t note:t tone:t step_id:i'],
  [
    'steps',
    'id:i key:t application_id:i person_id:i kind:t due:t channel:t why:t state:t snoozed_until:t cancel_reason:t touch_id:i edited:i draft:t created_at:t updated_at:t',
  ],
  ['feedback', 'id:i application_id:i person_id:i received_on:t text:t'],
  ['links', 'id:i url:t title:t kind:t company_id:i note:t added_at:t'],
  ['settings', 'key:t value:t'],
].map(([name, spec]) => {
  const columns = spec.split(' ').map((c) => {
    const [column, type] = c.split(':');
    return { name: column, type: type === 'i' ? 'integer' : 'text' };
  });
  return { name, columns };
});
