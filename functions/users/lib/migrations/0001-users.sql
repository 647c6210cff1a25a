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

-- Events leave the domain through this table, written in the same transaction as the change
-- they describe; the relay publishes them (see shared/events).
create table users.outbox (
  id bigint generated always as identity primary key,
  event_id uuid not null unique,
  topic text not null,
  event_key text not null,
  event_type text not null,
  envelope bytea not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbox_pending on users.outbox (id) where sent_at is null;
-- Wakes the relay at once instead of at its next poll.
create trigger outbox_notify after insert on users.outbox
  for each statement execute function public.notify_outbox();
