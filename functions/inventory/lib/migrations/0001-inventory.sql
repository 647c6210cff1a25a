create schema if not exists inventory;

-- One row per product the mart stocks. No foreign key to the catalog: another domain's table,
-- and stock may be set before the product's event arrives.
create table inventory.stock (
  product_id uuid primary key,
  -- Bounded so that on_hand + any accepted delta stays inside an integer.
  on_hand integer not null default 0 check (on_hand between 0 and 1000000000),
  reserved integer not null default 0 check (reserved between 0 and on_hand),
  low_stock_threshold integer not null default 0 check (low_stock_threshold >= 0),
  -- Counts the changes; StockLevelChanged carries it so read models keep the latest.
  version integer not null default 0,
  updated_at timestamptz not null default now()
);

-- Every change to on hand, kept: the audit trail.
create table inventory.adjustments (
  id uuid primary key default gen_random_uuid(),
  product_id uuid not null references inventory.stock (product_id),
  delta integer not null,
  reason text not null,
  on_hand_after integer not null,
  -- The admin who made it.
  actor_id uuid,
  -- The clock, not the transaction's start: changes are made under the row's lock, so this
  -- orders them as they happened.
  created_at timestamptz not null default clock_timestamp()
);
create index adjustments_trail on inventory.adjustments (product_id, created_at, id);

-- The outbox its events leave through, and processed_events (shared/platform/db/migrations).
select public.create_event_tables('inventory');
