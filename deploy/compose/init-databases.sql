-- Run once by the postgres image on an empty data directory, as its superuser (psql, so \getenv and :'var' work).
-- One database per service, owned by the service's own login: no service reads another's tables, and none logs in as
-- a superuser. Owning its database (and so its public schema) is all Flyway needs to create and change the tables.
-- The passwords come from the postgres container's environment (docker-compose.yml); a missing one stops the script.
\set ON_ERROR_STOP on

\getenv lessons_password LESSONS_DB_PASSWORD
\getenv typology_password TYPOLOGY_DB_PASSWORD
\getenv verification_password VERIFICATION_DB_PASSWORD
\getenv keycloak_password KEYCLOAK_DB_PASSWORD

create role lessons login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'lessons_password';
create role typology login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'typology_password';
create role verification login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'verification_password';
create role keycloak login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'keycloak_password';

create database lessons owner lessons;
create database typology owner typology;
create database verification owner verification;
create database keycloak owner keycloak;

-- Only the owner connects: another service's login is refused at the door.
revoke all on database lessons from public;
revoke all on database typology from public;
revoke all on database verification from public;
revoke all on database keycloak from public;

-- The public schema of a new database belongs to pg_database_owner (PostgreSQL 15 and later), that is to the owner
-- above; making it explicit keeps Flyway's rights independent of that default.
\connect lessons
alter schema public owner to lessons;
\connect typology
alter schema public owner to typology;
\connect verification
alter schema public owner to verification;
\connect keycloak
alter schema public owner to keycloak;
