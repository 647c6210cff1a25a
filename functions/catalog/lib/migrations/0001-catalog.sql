create schema if not exists catalog;

create table catalog.categories (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  -- The unique index makes "taken" a database fact, race or not.
  slug text not null unique,
  parent_id uuid references catalog.categories (id),
  created_at timestamptz not null default now(),
  check (parent_id <> id)
);
create index categories_parent on catalog.categories (parent_id);

create table catalog.products (
  id uuid primary key default gen_random_uuid(),
  sku text not null unique,
  name text not null,
  description text not null,
  -- Integer minor units of price_currency (ISO 4217): no float ever holds money.
  price_amount bigint not null check (price_amount >= 0),
  price_currency text not null default 'PKR' check (price_currency ~ '^[A-Z]{3}$'),
  category_id uuid not null references catalog.categories (id),
  images text[] not null default '{}',
  -- Archived products are kept for the orders and history that name them, but not shown.
  archived_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The name outweighs the description in ranking (A over B). 'english' is named, not taken
  -- from the session's default_text_search_config, so the column is immutable and indexable.
  search tsvector generated always as (
    setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', description), 'B')
  ) stored
);
create index products_search on catalog.products using gin (search) where archived_at is null;
-- One index per keyset order of GET /products (the key, then the id).
create index products_listed_created on catalog.products (created_at, id) where archived_at is null;
create index products_listed_price on catalog.products (price_amount, id) where archived_at is null;
create index products_listed_name on catalog.products (name, id) where archived_at is null;
create index products_category on catalog.products (category_id) where archived_at is null;

-- The availability read model, built from the inventory's StockLevelChanged events. No foreign
-- key: stock may be set (and its event arrive) before the product exists here.
create table catalog.availability (
  product_id uuid primary key,
  available integer not null,
  -- The inventory's count of the product's stock changes: an older event changes nothing.
  version integer not null,
  updated_at timestamptz not null default now()
);

-- The outbox its events leave through, and processed_events (shared/platform/db/migrations).
select public.create_event_tables('catalog');
