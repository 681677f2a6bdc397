-- Webhook subscriptions (package subscription): a gemeente or KLP system receives events about its areas or tags as
-- signed CloudEvents over HTTP.
--   event_kinds   the SubscribedEvent names it receives; empty: every kind
--   area_codes    CBS gemeente, wijk or buurt codes; empty: every area
--   tags          approach tags (a family covers its components); empty: every tag
--   secret        the HMAC key deliveries are signed with; shown to the subscriber once, at creation
--   consecutive_failures, retry_at   how the receiver fares: no attempt before retry_at while it fails
create table subscription (
    id                   uuid        primary key,
    description          text        check (char_length(description) <= 200),
    callback_url         text        not null check (callback_url ~ '^https?://'),
    secret               text        not null,
    event_kinds          text[]      not null,
    area_codes           text[]      not null,
    tags                 text[]      not null,
    status               text        not null check (status in ('ACTIVE', 'PAUSED')),
    consecutive_failures integer     not null default 0 check (consecutive_failures >= 0),
    retry_at             timestamptz,
    paused_at            timestamptz,
    pause_reason         text,
    created_at           timestamptz not null,
    created_by           text        not null
);

-- One row per event and subscription that wants it, written in the transaction that appends the event to the
-- outbox (or claims the consumed event), so no event is lost when the receiver or this service is down. payload is
-- the CloudEvent exactly as it is sent (and signed). leased_until: a dispatcher is sending it until then.
create table subscription_delivery (
    id              uuid        primary key,
    seq             bigint      generated always as identity unique,
    subscription_id uuid        not null references subscription (id) on delete cascade,
    event_id        text        not null,
    event_type      text        not null,
    payload         text        not null,
    state           text        not null check (state in ('PENDING', 'DELIVERED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    leased_until    timestamptz,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    -- An event reaches a subscription once, however often it is appended or redelivered.
    constraint subscription_delivery_once unique (subscription_id, event_id),
    check ((state = 'DELIVERED') = (delivered_at is not null))
);
-- The dispatcher takes each subscription's oldest pending deliveries, and counts those in flight.
create index subscription_delivery_pending on subscription_delivery (subscription_id, seq) where state = 'PENDING';
create index subscription_delivery_leased on subscription_delivery (subscription_id) where leased_until is not null;
-- The delivery log, newest first.
create index subscription_delivery_log on subscription_delivery (subscription_id, seq desc);

-- Every attempt, for the delivery log: the receiver's status, or why there was none.
create table subscription_delivery_attempt (
    delivery_id  uuid        not null references subscription_delivery (id) on delete cascade,
    attempt      integer     not null check (attempt >= 1),
    attempted_at timestamptz not null,
    status_code  integer,
    error        text,
    duration_ms  bigint      not null check (duration_ms >= 0),
    primary key (delivery_id, attempt)
);
