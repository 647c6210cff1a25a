-- The last tick each scheduled function ran: a replica claims a tick by moving it forward,
-- so a tick that one replica claimed is never run by another (shared/platform/schedule).
create table public.scheduled_ticks (
  fn text primary key,
  tick timestamptz not null,
  claimed_at timestamptz not null default now()
);
