-- Idempotency-Key claims of creating POSTs (platform's IdempotentRequests): the first answer, replayed to retries.
create table idempotent_request (
    scope           text        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    status          int,
    location        text,
    etag            text,
    body            text,
    created_at      timestamptz not null,
    primary key (scope, idempotency_key)
);
