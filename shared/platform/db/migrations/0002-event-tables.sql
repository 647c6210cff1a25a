-- The event tables of a domain, made one way for every domain: its migration calls
-- `select public.create_event_tables('<domain>');` after creating its schema.
--   <domain>.outbox            events leaving the domain, written in the change's transaction;
--                              the relay publishes them (shared/platform/events/relay.ts)
--   <domain>.processed_events  events its handlers finished, so a redelivery is a no-op
create function public.create_event_tables(domain text) returns void
language plpgsql as $$
begin
  execute format($sql$
    create table %1$I.outbox (
      id bigint generated always as identity primary key,
      event_id uuid not null unique,
      topic text not null,
      event_key text not null,
      event_type text not null,
      envelope bytea not null,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index outbox_pending on %1$I.outbox (id) where sent_at is null;
    -- Wakes the relay at once instead of at its next poll.
    create trigger outbox_notify after insert on %1$I.outbox
      for each statement execute function public.notify_outbox();
    create table %1$I.processed_events (
      consumer text not null,
      event_id uuid not null,
      processed_at timestamptz not null default now(),
      primary key (consumer, event_id)
    );
  $sql$, domain);
end
$$;
