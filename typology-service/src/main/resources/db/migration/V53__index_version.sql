-- What the in-memory comparability index is built from (figures, figure values, derived dimensions, steward
-- attributes, buurten, pinned figure-years) changes only in transactions that also add one to this version. A
-- replica rebuilds its index when the version moved past the one its snapshot was read at, so it follows changes
-- another replica committed (issue 15). One row: the update's row lock also orders the changes, so a snapshot built
-- after the update, in the changing transaction, includes every change with a lower version.
create table index_version (
    id      boolean primary key default true check (id),
    version bigint  not null check (version >= 0)
);
insert into index_version (id, version) values (true, 0);
