-- Keys parked behind a dead letter, per consumer (an event function): once an event of a key
-- is dead-lettered, the key's later events wait in parked_events, in order, so that none of
-- them overtakes it. `dlq:replay` asks for the dead letter to be delivered again and then the
-- rest; `dlq:drop` for it to be discarded and the rest delivered. The trigger does either.
create table public.parked_keys (
  consumer text not null,
  topic text not null,
  event_key text not null,
  event_id uuid not null,
  envelope bytea not null,
  reason text not null,
  parked_at timestamptz not null default now(),
  release text check (release in ('replay', 'drop')),
  primary key (consumer, topic, event_key)
);

create table public.parked_events (
  id bigint generated always as identity primary key,
  consumer text not null,
  topic text not null,
  event_key text not null,
  event_id uuid not null,
  envelope bytea not null
);
create index parked_events_in_order on public.parked_events (consumer, topic, event_key, id);
