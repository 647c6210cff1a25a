-- Every run of the admin runner (`npm run admin -- <command>`): what was run, with which
-- arguments (the values of secret options redacted), by whom, when, whether it was a dry run,
-- and how it ended. Written once the command has finished; never updated.
create table public.admin_audit (
  id bigint generated always as identity primary key,
  command text not null,
  arguments jsonb not null,
  dry_run boolean not null,
  started_at timestamptz not null,
  finished_at timestamptz not null,
  outcome text not null check (outcome in ('ok', 'failed')),
  error text,
  os_user text,
  host text,
  check ((outcome = 'failed') = (error is not null))
);
create index admin_audit_by_time on public.admin_audit (started_at);
