-- Versioned comparability bases (vergelijkbaarheidsbasis). A version is DRAFT until published, and immutable
-- after; the application enforces the lifecycle, the checks below keep a published row complete.
create table comparability_basis (
    id           uuid primary key,
    name         varchar(63) not null check (name ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    version      integer     not null check (version >= 1),
    description  text,
    status       varchar(16) not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null,
    created_by   text        not null,
    published_at timestamptz,
    published_by text,
    revision     bigint      not null default 0,
    constraint comparability_basis_name_version unique (name, version),
    constraint comparability_basis_published_complete
        check ((status = 'PUBLISHED') = (published_at is not null and published_by is not null))
);

create table comparability_basis_weight (
    basis_id      uuid        not null references comparability_basis (id) on delete cascade,
    position      integer     not null check (position >= 0),
    dimension_key varchar(64) not null,
    weight        double precision not null check (weight > 0),
    primary key (basis_id, position),
    constraint comparability_basis_weight_once unique (basis_id, dimension_key)
);

-- Exactly one row: the name of the basis used when a search names none (its latest published version).
create table comparability_basis_default (
    singleton boolean primary key default true check (singleton),
    name      varchar(63) not null
);

-- The walking skeleton's comparison, kept as the default: five dimensions, equal weights, published as v1.
insert into comparability_basis (id, name, version, description, status, created_at, created_by, published_at,
                                 published_by)
values ('00000000-0000-4000-8000-000000000001', 'standaard', 1,
        'De vijf dimensies van het eerste skelet, met gelijke gewichten.', 'PUBLISHED', now(), 'migration', now(),
        'migration');
insert into comparability_basis_weight (basis_id, position, dimension_key, weight)
values ('00000000-0000-4000-8000-000000000001', 0, 'LOG_BEVOLKINGSDICHTHEID', 1),
       ('00000000-0000-4000-8000-000000000001', 1, 'GEMIDDELDE_HUISHOUDENSGROOTTE', 1),
       ('00000000-0000-4000-8000-000000000001', 2, 'AANDEEL_HUISHOUDENS_MET_KINDEREN', 1),
       ('00000000-0000-4000-8000-000000000001', 3, 'STEDELIJKHEID', 1),
       ('00000000-0000-4000-8000-000000000001', 4, 'AANDEEL_65_PLUS', 1);
insert into comparability_basis_default (name) values ('standaard');
