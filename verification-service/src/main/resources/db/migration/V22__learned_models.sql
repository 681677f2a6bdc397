-- Every learned model of a comparability basis that differed from the one before, newest last. `published`:
-- enough outcomes existed to offer it to typology-service as a draft basis.
create table learned_model (
    id         uuid primary key,
    basis_name varchar(63) not null,
    learned_at timestamptz not null,
    outcomes   integer     not null check (outcomes >= 0),
    confirmed  integer     not null check (confirmed >= 0 and confirmed <= outcomes),
    published  boolean     not null,
    model      jsonb       not null
);
create index learned_model_latest on learned_model (basis_name, learned_at desc);
create index learned_model_newest on learned_model (learned_at desc);
