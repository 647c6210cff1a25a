create schema if not exists users;

create table users.users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null,
  role text not null default 'customer' check (role in ('customer', 'admin')),
  password_hash text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Emails are stored lower-cased; the index makes "taken" a database fact, race or not.
create unique index users_email_key on users.users (email);
create index users_created_at_id on users.users (created_at, id);

-- One row per refresh token ever issued; a family is one login session. Only a hash of the
-- token is kept, so a database leak gives no usable tokens.
create table users.refresh_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users.users (id) on delete cascade,
  family_id uuid not null,
  token_hash bytea not null unique,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  rotated_at timestamptz,
  revoked_at timestamptz
);
create index refresh_tokens_family on users.refresh_tokens (family_id);
create index refresh_tokens_user on users.refresh_tokens (user_id) where revoked_at is null;

-- The outbox its events leave through, and processed_events (shared/platform/db/migrations).
select public.create_event_tables('users');
