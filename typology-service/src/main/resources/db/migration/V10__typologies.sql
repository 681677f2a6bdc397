-- Typologies: versioned classifications of the buurten into types, computed by a run and frozen once published.
create sequence typology_version_seq;

create table typology (
    id           uuid primary key,
    version      integer     not null unique check (version >= 1),
    basis        text        not null check (basis ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    requested_k  integer check (requested_k between 2 and 50),
    k            integer check (k between 2 and 50),
    seed         bigint      not null,
    status       varchar(10) not null check (status in ('RUNNING', 'DRAFT', 'PUBLISHED', 'FAILED')),
    progress     integer     not null check (progress between 0 and 100),
    silhouette   double precision check (silhouette between -1 and 1),
    buurten      integer check (buurten >= 0),
    failure      text,
    created_at   timestamptz not null,
    finished_at  timestamptz,
    published_at timestamptz,
    constraint typology_published_when_published check ((status = 'PUBLISHED') = (published_at is not null)),
    constraint typology_outcome_when_done check (status not in ('DRAFT', 'PUBLISHED')
        or (k is not null and silhouette is not null and buurten is not null and finished_at is not null))
);
-- "Current" = the newest published typology.
create index typology_current on typology (published_at desc, version desc) where status = 'PUBLISHED';

create table typology_type (
    typology_id  uuid        not null references typology (id),
    type_number  integer     not null check (type_number >= 1),
    label        text        not null check (label <> ''),
    medoid_code  varchar(10) not null check (medoid_code ~ '^BU[0-9]{4}[0-9A-Z]{4}$'),
    size         integer     not null check (size >= 1),
    pen_portrait jsonb       not null,
    primary key (typology_id, type_number)
);

create table typology_assignment (
    typology_id uuid             not null,
    buurt_code  varchar(10)      not null check (buurt_code ~ '^BU[0-9]{4}[0-9A-Z]{4}$'),
    type_number integer          not null,
    distance    double precision not null check (distance between 0 and 1),
    primary key (typology_id, buurt_code),
    foreign key (typology_id, type_number) references typology_type (typology_id, type_number)
);
-- A type's buurten, nearest the centre first.
create index typology_assignment_by_type on typology_assignment (typology_id, type_number, distance, buurt_code);

-- Published typologies are immutable whoever writes: the domain refuses it, and so does the database.
create function typology_refuse_published_change() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'typology % is published and immutable', old.id using errcode = 'integrity_constraint_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger typology_published_immutable before update or delete on typology
    for each row execute function typology_refuse_published_change();

create function typology_refuse_published_part_change() returns trigger language plpgsql as $$
declare
    parent uuid := case when tg_op = 'DELETE' then old.typology_id else new.typology_id end;
begin
    if exists (select 1 from typology where id = parent and status = 'PUBLISHED')
            or (tg_op = 'UPDATE' and exists (select 1 from typology where id = old.typology_id and status = 'PUBLISHED')) then
        raise exception 'typology % is published and immutable', parent using errcode = 'integrity_constraint_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger typology_type_published_immutable before insert or update or delete on typology_type
    for each row execute function typology_refuse_published_part_change();
create trigger typology_assignment_published_immutable before insert or update or delete on typology_assignment
    for each row execute function typology_refuse_published_part_change();
