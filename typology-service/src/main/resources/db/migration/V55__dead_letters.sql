-- Issue 15: what this service's consumer dead-lettered (schaalsprong.learning.dlq), read back so a steward can list
-- the dead letters and replay one (platform deadletter; the same table as verification-service V103).
-- One row per original record (topic, partition, offset): reading the dead-letter topic again adds nothing.
create table dead_letter (
    id               uuid        primary key,
    topic            text        not null,
    source_partition integer     not null,
    source_offset    bigint      not null,
    record_key       text,
    payload          text        not null,
    reason           text,
    dead_lettered_at timestamptz not null,
    replayed_at      timestamptz,
    replayed_by      text,
    unique (topic, source_partition, source_offset)
);
create index dead_letter_newest on dead_letter (dead_lettered_at desc, id);
