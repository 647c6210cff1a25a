-- The batch the outbox relay is publishing, per domain: whoever holds a domain's claim is the
-- only one who may publish and mark its rows. A claim outlives the leadership it was taken
-- under, so a new leader waits for the old one's batch in flight instead of sending it again;
-- it lapses at expires_at unless its owner, still publishing, extends it.
create table public.outbox_claims (
  domain text primary key,
  owner uuid not null,
  expires_at timestamptz not null
);
