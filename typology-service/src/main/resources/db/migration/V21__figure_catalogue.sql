-- Figures are data, not an enum: a catalogue of figures (what a value means, how it may be compared and
-- aggregated, and where it comes from) and their values per buurt, figure and source year. The KWB figures that
-- were columns of neighbourhood become ordinary entries; their values move into figure_value under the year they
-- were imported for, and the columns go. Nothing is lost: every non-null value is copied before the drop.
create table figure (
    key             varchar(64) primary key check (key ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    title           text        not null check (title <> ''),
    unit            text        not null default '',
    description     text        not null default '',
    kind            varchar(16) not null check (kind in ('NUMERIC', 'ORDINAL', 'CATEGORICAL')),
    -- Ordinal: lowest rank first; categorical: the allowed values. Numeric: none.
    levels          text[]      not null default '{}',
    -- Ordinal only: whether the FIRST or the LAST level is "more" of what the title names (CBS's stedelijkheid 1 is
    -- the most urban), so wording never reads a scale backwards.
    more_end        varchar(8) check (more_end in ('FIRST', 'LAST')),
    -- Numeric only: whole numbers only, and the smallest allowed value (null: any).
    whole           boolean,
    minimum         double precision,
    -- How a wijk or gemeente value follows from its buurten.
    aggregation     varchar(32) not null check (aggregation in ('SUM', 'WEIGHTED_BY_INHABITANTS',
                                                                'WEIGHTED_BY_DWELLINGS', 'NOT_AGGREGATABLE')),
    -- The key stem under which CBS KWB files carry it (matched without CBS's numeric suffix); null for others.
    cbs_kwb_stem    varchar(64) unique,
    publisher       text        not null check (publisher <> ''),
    source_table    text        not null check (source_table <> ''),
    licence         text        not null check (licence <> ''),
    attribution     text        not null check (attribution <> ''),
    declared_at     timestamptz not null default now(),
    declared_by     text        not null default 'migration',
    constraint figure_levels_by_kind check ((kind = 'NUMERIC') = (cardinality(levels) = 0)),
    constraint figure_more_end_ordinal check (more_end is null or kind = 'ORDINAL'),
    constraint figure_bounds_numeric check ((whole is null and minimum is null) or kind = 'NUMERIC')
);

create table figure_value (
    code          varchar(10) not null references neighbourhood (code) on delete cascade,
    figure_key    varchar(64) not null references figure (key),
    year          integer     not null check (year between 1995 and 2100),
    numeric_value double precision,
    text_value    text check (text_value <> ''),
    primary key (code, figure_key, year),
    constraint figure_value_one_value check ((text_value is null) <> (numeric_value is null))
);
create index figure_value_figure on figure_value (figure_key, year);

insert into figure (key, title, unit, description, kind, levels, more_end, whole, minimum, aggregation, cbs_kwb_stem,
                    publisher, source_table, licence, attribution)
select f.key, f.title, f.unit, f.description, f.kind, f.levels::text[], f.more_end, f.whole, f.minimum, f.aggregation,
       f.stem, 'CBS', 'Kerncijfers wijken en buurten (tabel 85984NED)', 'CC BY 4.0', 'Bron: CBS'
from (values
('AANTAL_INWONERS', 'Aantal inwoners', 'aantal', '', 'NUMERIC', '{}', null, true, 0, 'SUM', 'AantalInwoners'),
('BEVOLKINGSDICHTHEID', 'Bevolkingsdichtheid', 'aantal inwoners per km²', 'Het (niet afgeronde) aantal inwoners per km² land is bepaald door het (niet afgeronde) aantal inwoners op 1 januari te delen door de (niet afgeronde) landoppervlakte. De bevolkingsdichtheid is opgenomen indien er 10 of meer inwoners in de buurt voorkomen.', 'NUMERIC', '{}', null, true, 0, 'NOT_AGGREGATABLE', 'Bevolkingsdichtheid'),
('GEMIDDELDE_HUISHOUDENSGROOTTE', 'Gemiddelde huishoudensgrootte', 'aantal', 'Dit gemiddelde is berekend als het aantal in particuliere huishoudens levende personen gedeeld door het aantal particuliere huishoudens.', 'NUMERIC', '{}', null, false, 0, 'WEIGHTED_BY_INHABITANTS', 'GemiddeldeHuishoudensgrootte'),
('HUISHOUDENS_MET_KINDEREN', 'Huishoudens met kinderen', 'aantal', 'Meerpersoonshuishoudens met kinderen bestaan uit niet-gehuwde paren met kinderen, echtparen met kinderen en eenouderhuishoudens.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'HuishoudensMetKinderen'),
('HUISHOUDENS_TOTAAL', 'Huishoudens totaal', 'aantal', 'Totaal particuliere huishoudens.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'HuishoudensTotaal'),
('STEDELIJKHEID', 'Mate van stedelijkheid', 'code', 'Op grond van de omgevingsadressendichtheid is aan iedere buurt, wijk of gemeente een stedelijkheidsklasse toegekend. De volgende klassenindeling is gehanteerd: 1: zeer sterk stedelijk >= 2 500 adressen per km² 2: sterk stedelijk 1 500 - 2 500 adressen per km² 3: matig stedelijk 1 000 - 1 500 adressen per km² 4: weinig stedelijk 500 - 1 000 adressen per km² 5: niet stedelijk < 500 adressen per km²', 'ORDINAL', '{1,2,3,4,5}', 'FIRST', null, null, 'NOT_AGGREGATABLE', 'MateVanStedelijkheid'),
('INWONERS_0_TOT_15', '0 tot 15 jaar', 'aantal', 'Aantal inwoners dat op 1 januari 0 tot 15 jaar oud is.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'k_0Tot15Jaar'),
('INWONERS_15_TOT_25', '15 tot 25 jaar', 'aantal', 'Aantal inwoners dat op 1 januari 15 tot 25 jaar oud is.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'k_15Tot25Jaar'),
('INWONERS_25_TOT_45', '25 tot 45 jaar', 'aantal', 'Aantal inwoners dat op 1 januari 25 tot 45 jaar oud is.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'k_25Tot45Jaar'),
('INWONERS_45_TOT_65', '45 tot 65 jaar', 'aantal', 'Aantal inwoners dat op 1 januari 45 tot 65 jaar oud is.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'k_45Tot65Jaar'),
('INWONERS_65_OF_OUDER', '65 jaar of ouder', 'aantal', 'Aantal inwoners dat op 1 januari 65 jaar of ouder is.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'k_65JaarOfOuder'),
('GEREGISTREERDE_MISDRIJVEN', 'Geregistreerde misdrijven', 'aantal', 'All offences the police registered in the buurt in the year.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'GeregistreerdeMisdrijven'),
('MISDRIJVEN_VERMOGEN', 'Misdrijven: vermogen', 'aantal', 'Registered property offences (theft, burglary); not in CBS''s variable list of 85984NED.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'crime_property'),
('MISDRIJVEN_GEWELD', 'Misdrijven: geweld', 'aantal', 'Registered violent and sexual offences; not in CBS''s variable list of 85984NED.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'crime_violence'),
('MISDRIJVEN_VERNIELING', 'Misdrijven: vernieling', 'aantal', 'Registered vandalism and offences against public order; not in CBS''s variable list of 85984NED.', 'NUMERIC', '{}', null, true, 0, 'SUM', 'crime_vandalism')
) as f(key, title, unit, description, kind, levels, more_end, whole, minimum, aggregation, stem);

insert into figure_value (code, figure_key, year, numeric_value) select code, 'AANTAL_INWONERS', import_year, aantal_inwoners from neighbourhood where aantal_inwoners is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'BEVOLKINGSDICHTHEID', import_year, bevolkingsdichtheid from neighbourhood where bevolkingsdichtheid is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'GEMIDDELDE_HUISHOUDENSGROOTTE', import_year, gemiddelde_huishoudensgrootte from neighbourhood where gemiddelde_huishoudensgrootte is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'HUISHOUDENS_MET_KINDEREN', import_year, huishoudens_met_kinderen from neighbourhood where huishoudens_met_kinderen is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'HUISHOUDENS_TOTAAL', import_year, huishoudens_totaal from neighbourhood where huishoudens_totaal is not null;
insert into figure_value (code, figure_key, year, text_value) select code, 'STEDELIJKHEID', import_year, stedelijkheid::text from neighbourhood where stedelijkheid is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'INWONERS_0_TOT_15', import_year, inwoners_0_tot_15 from neighbourhood where inwoners_0_tot_15 is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'INWONERS_15_TOT_25', import_year, inwoners_15_tot_25 from neighbourhood where inwoners_15_tot_25 is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'INWONERS_25_TOT_45', import_year, inwoners_25_tot_45 from neighbourhood where inwoners_25_tot_45 is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'INWONERS_45_TOT_65', import_year, inwoners_45_tot_65 from neighbourhood where inwoners_45_tot_65 is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'INWONERS_65_OF_OUDER', import_year, inwoners_65_of_ouder from neighbourhood where inwoners_65_of_ouder is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'GEREGISTREERDE_MISDRIJVEN', import_year, geregistreerde_misdrijven from neighbourhood where geregistreerde_misdrijven is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'MISDRIJVEN_VERMOGEN', import_year, misdrijven_vermogen from neighbourhood where misdrijven_vermogen is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'MISDRIJVEN_GEWELD', import_year, misdrijven_geweld from neighbourhood where misdrijven_geweld is not null;
insert into figure_value (code, figure_key, year, numeric_value) select code, 'MISDRIJVEN_VERNIELING', import_year, misdrijven_vernieling from neighbourhood where misdrijven_vernieling is not null;
alter table neighbourhood drop column aantal_inwoners, drop column bevolkingsdichtheid, drop column gemiddelde_huishoudensgrootte, drop column huishoudens_met_kinderen, drop column huishoudens_totaal, drop column stedelijkheid, drop column inwoners_0_tot_15, drop column inwoners_15_tot_25, drop column inwoners_25_tot_45, drop column inwoners_45_tot_65, drop column inwoners_65_of_ouder, drop column geregistreerde_misdrijven, drop column misdrijven_vermogen, drop column misdrijven_geweld, drop column misdrijven_vernieling;

-- Dimensions derived from figures (log, shares), defined as data too, so a steward can define them over any
-- figure. These three are the walking skeleton's, under their published keys.
create table derived_dimension (
    key         varchar(64) primary key check (key ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    title       text        not null check (title <> ''),
    unit        text        not null default '',
    description text        not null default '',
    derivation  varchar(8)  not null check (derivation in ('LOG', 'SHARE')),
    source_keys varchar(64)[] not null,
    defined_at  timestamptz not null default now(),
    defined_by  text        not null default 'migration',
    constraint derived_dimension_sources check ((derivation = 'LOG') = (cardinality(source_keys) = 1)
        and (derivation = 'SHARE') = (cardinality(source_keys) = 2))
);
insert into derived_dimension (key, title, unit, description, derivation, source_keys)
values ('LOG_BEVOLKINGSDICHTHEID', 'Bevolkingsdichtheid (logaritmisch)', 'ln(1 + inwoners per km²)',
        'Density is heavily skewed (10 to 50,000 per km²); on a log scale a village differs from a town as much as '
        || 'a town from a city.', 'LOG', '{BEVOLKINGSDICHTHEID}'),
       ('AANDEEL_HUISHOUDENS_MET_KINDEREN', 'Aandeel huishoudens met kinderen', 'aandeel van de huishoudens (0..1)',
        'Households with children divided by all private households.', 'SHARE',
        '{HUISHOUDENS_MET_KINDEREN,HUISHOUDENS_TOTAAL}'),
       ('AANDEEL_65_PLUS', 'Aandeel inwoners van 65 jaar of ouder', 'aandeel van de inwoners (0..1)',
        'Inhabitants aged 65 or older divided by all inhabitants.', 'SHARE', '{INWONERS_65_OF_OUDER,AANTAL_INWONERS}');
