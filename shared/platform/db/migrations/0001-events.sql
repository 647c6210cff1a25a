-- Platform tables for events, used by every domain.

create or replace function public.notify_outbox() returns trigger
language plpgsql as $$
begin
  perform pg_notify('mart_outbox', tg_table_schema);
  return null;
end
$$;

-- Dead letters of the embedded mode (KAFKA_BROKERS unset); with Kafka they go to <topic>.dlq.
create table public.dead_letters (
  id bigint generated always as identity primary key,
  event_id uuid not null,
  topic text not null,
  event_key text not null,
  consumer text not null,
  reason text not null,
  attempts int not null,
  envelope bytea not null,
  created_at timestamptz not null default now(),
  replayed_at timestamptz
);
create index dead_letters_topic on public.dead_letters (topic, id) where replayed_at is null;
