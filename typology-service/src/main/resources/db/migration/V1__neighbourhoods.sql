-- CBS buurten with their KWB figures. The code is the key an import upserts on; wijk and gemeente codes are
-- derived from it (CBS nests the codes; Amsterdam's wijk part is letters, e.g. BU0363AF03) and the checks keep them that way whoever writes the row.
create table neighbourhood (
    code                          varchar(10) primary key check (code ~ '^BU[0-9]{4}[0-9A-Z]{4}$'),
    name                          text        not null check (name <> ''),
    wijk_code                     varchar(8)  not null,
    gemeente_code                 varchar(6)  not null,
    gemeente_naam                 text        not null check (gemeente_naam <> ''),

    -- Figures are nullable: CBS leaves a figure out for secrecy or too few inhabitants.
    aantal_inwoners               integer check (aantal_inwoners >= 0),
    bevolkingsdichtheid           integer check (bevolkingsdichtheid >= 0),
    gemiddelde_huishoudensgrootte double precision check (gemiddelde_huishoudensgrootte >= 0),
    huishoudens_met_kinderen      integer check (huishoudens_met_kinderen >= 0),
    huishoudens_totaal            integer check (huishoudens_totaal >= 0),
    stedelijkheid                 integer check (stedelijkheid between 1 and 5),
    inwoners_0_tot_15             integer check (inwoners_0_tot_15 >= 0),
    inwoners_15_tot_25            integer check (inwoners_15_tot_25 >= 0),
    inwoners_25_tot_45            integer check (inwoners_25_tot_45 >= 0),
    inwoners_45_tot_65            integer check (inwoners_45_tot_65 >= 0),
    inwoners_65_of_ouder          integer check (inwoners_65_of_ouder >= 0),
    geregistreerde_misdrijven     integer check (geregistreerde_misdrijven >= 0),
    misdrijven_vermogen           integer check (misdrijven_vermogen >= 0),
    misdrijven_geweld             integer check (misdrijven_geweld >= 0),
    misdrijven_vernieling         integer check (misdrijven_vernieling >= 0),

    import_year                   integer     not null check (import_year between 1995 and 2100),
    created_at                    timestamptz not null,
    -- Only moves when an import actually changes the row.
    updated_at                    timestamptz not null,

    constraint neighbourhood_wijk_from_code check (wijk_code = 'WK' || substring(code from 3 for 6)),
    constraint neighbourhood_gemeente_from_code check (gemeente_code = 'GM' || substring(code from 3 for 4))
);

create index neighbourhood_wijk_code on neighbourhood (wijk_code);
create index neighbourhood_gemeente_code on neighbourhood (gemeente_code);
