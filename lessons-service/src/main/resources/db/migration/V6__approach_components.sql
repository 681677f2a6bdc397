-- The vocabulary of approach components ('theme/component'); stewards extend it through the API.
create table approach_component (
    code        text primary key check (code ~ '^[a-z0-9][a-z0-9-]{0,62}/[a-z0-9][a-z0-9-]{0,62}$'),
    label       text        not null,
    description text,
    added_by    text        not null,
    added_at    timestamptz not null
);

insert into approach_component (code, label, description, added_by, added_at) values
    ('participatie/keukentafelgesprekken', 'Keukentafelgesprekken', 'Persoonlijke gesprekken met bewoners thuis', 'seed', now()),
    ('participatie/buurtambassadeurs', 'Buurtambassadeurs', 'Bewoners die hun buren informeren en betrekken', 'seed', now()),
    ('participatie/informatieavonden', 'Informatieavonden', 'Bijeenkomsten voor de hele buurt', 'seed', now()),
    ('financiering/gebiedsfonds', 'Gebiedsfonds', 'Een fonds voor de wijk waaruit bewoners bijdragen krijgen', 'seed', now()),
    ('financiering/warmtefonds-lening', 'Lening uit het Warmtefonds', null, 'seed', now()),
    ('financiering/subsidie-op-maat', 'Subsidie op maat', null, 'seed', now()),
    ('techniek/hybride-warmtepomp', 'Hybride warmtepomp', null, 'seed', now()),
    ('techniek/warmtenet', 'Warmtenet', 'Collectieve warmtevoorziening', 'seed', now()),
    ('techniek/all-electric', 'All-electric', 'Individuele elektrische warmtepompen', 'seed', now()),
    ('techniek/isolatie', 'Isolatie', null, 'seed', now()),
    ('techniek/aquathermie', 'Aquathermie', 'Warmte uit oppervlakte-, afval- of drinkwater', 'seed', now()),
    ('organisatie/wijkteam', 'Wijkteam', 'Een vast team van gemeente en partners in de wijk', 'seed', now()),
    ('organisatie/energiecooperatie', 'Energiecoöperatie', 'Bewoners organiseren zich in een coöperatie', 'seed', now()),
    ('regelgeving/omgevingsplan', 'Omgevingsplan', null, 'seed', now()),
    ('communicatie/wijkkrant', 'Wijkkrant', null, 'seed', now());
