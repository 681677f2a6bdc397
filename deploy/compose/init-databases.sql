-- One database per service: no service reads another's tables.
create database lessons;
create database typology;
create database verification;
