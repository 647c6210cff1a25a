create schema if not exists notifications;

-- What a customer is told; the mail itself is sent by a later function.
create table notifications.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null,
  kind text not null,
  title text not null,
  body text not null,
  -- The event that caused it, to trace a notification back to its cause.
  caused_by uuid not null,
  created_at timestamptz not null default now()
);
create index notifications_user_page on notifications.notifications (user_id, created_at, id);

-- processed_events, which makes its handlers idempotent, and an outbox for its events.
select public.create_event_tables('notifications');
