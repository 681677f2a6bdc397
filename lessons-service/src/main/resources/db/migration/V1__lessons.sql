create table lesson (
    id                uuid primary key,
    title             text        not null,
    text              text        not null,
    pilot             text        not null,
    origin_buurt_code varchar(10) not null check (origin_buurt_code ~ '^BU[0-9]{4}[0-9A-Z]{4}$'),
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);
create index lesson_created on lesson (created_at desc, id);

create table lesson_tag (
    lesson_id uuid not null references lesson (id) on delete cascade,
    tag       text not null,
    primary key (lesson_id, tag)
);
