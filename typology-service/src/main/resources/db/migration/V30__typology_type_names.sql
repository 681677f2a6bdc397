-- Names and descriptions stewards give a typology's types, versioned with the typology (a new run starts unnamed) and
-- kept as history: each naming is a new revision with who and when, the highest revision is the current one. A
-- published typology's classification stays immutable (V10's triggers); naming its types does not change it.
create table typology_type_name (
    typology_id uuid        not null,
    type_number integer     not null,
    revision    integer     not null check (revision >= 1),
    name        text        not null check (char_length(name) between 3 and 80 and name = btrim(name)),
    description text check (char_length(description) <= 2000),
    named_by    text        not null check (named_by <> ''),
    named_at    timestamptz not null,
    primary key (typology_id, type_number, revision),
    foreign key (typology_id, type_number) references typology_type (typology_id, type_number)
);
-- Names are never rewritten, only superseded.
create function typology_type_name_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'type names are history: add a revision instead' using errcode = 'integrity_constraint_violation';
end
$$;
create trigger typology_type_name_append_only before update or delete on typology_type_name
    for each row execute function typology_type_name_append_only();
