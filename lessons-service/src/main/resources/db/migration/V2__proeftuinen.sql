-- The register of PAW proeftuinen. Columns the public sources leave open stay null: nothing is guessed.
create table proeftuin (
    id              text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,126}$'),
    gemeente_naam   text    not null,
    gemeente_code   varchar(6) check (gemeente_code ~ '^GM[0-9]{4}$'),
    wijk_naam       text,
    ronde           integer not null check (ronde between 1 and 9),
    selectie_jaar   integer not null check (selectie_jaar between 2000 and 2100),
    warmtestrategie text,
    bron_url        text    not null,
    opmerking       text,
    version         bigint  not null default 0
);

create table proeftuin_buurt (
    proeftuin_id text        not null references proeftuin (id) on delete cascade,
    buurt_code   varchar(10) not null check (buurt_code ~ '^BU[0-9]{4}[0-9A-Z]{4}$'),
    primary key (proeftuin_id, buurt_code)
);
create index proeftuin_buurt_code on proeftuin_buurt (buurt_code);

create table proeftuin_condition (
    proeftuin_id text not null references proeftuin (id) on delete cascade,
    condition    text not null check (condition in ('EXTRA_FINANCIERING', 'VRIJSTELLING', 'PIONIERS')),
    primary key (proeftuin_id, condition)
);
