-- Values of catalogue dimensions that no CBS column holds (participatie-aanpak, warmtestrategie,
-- proeftuin-status), one row per buurt and dimension. Generic on purpose: a later import can add any variable
-- without a schema change. The catalogue (in code) checks key and value; the table keeps the shape honest.
create table neighbourhood_attribute (
    code          varchar(10) not null references neighbourhood (code) on delete cascade,
    key           varchar(64) not null check (key ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    text_value    text check (text_value <> ''),
    numeric_value double precision,
    set_at        timestamptz not null,
    set_by        text        not null,
    primary key (code, key),
    constraint neighbourhood_attribute_one_value check ((text_value is null) <> (numeric_value is null))
);
