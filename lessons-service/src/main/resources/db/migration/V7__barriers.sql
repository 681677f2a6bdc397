-- Institutional barriers for the policy track, signalled by published INSTITUTIONALISERING lessons.
create table barrier (
    id                uuid primary key,
    lesson_id         uuid        not null references lesson (id),
    proeftuin_id      text        not null references proeftuin (id),
    description       text        not null,
    level             text        not null check (level in ('EU', 'RIJK', 'PROVINCIE', 'WATERSCHAP', 'GEMEENTE')),
    rule              text        not null,
    status            text        not null check (status in ('GESIGNALEERD', 'GEAGENDEERD', 'OPGELOST')),
    signalled_at      timestamptz not null,
    status_changed_at timestamptz not null,
    status_changed_by text        not null,
    version           bigint      not null default 0
);
create index barrier_listing on barrier (signalled_at desc, id);
create index barrier_lesson on barrier (lesson_id);
