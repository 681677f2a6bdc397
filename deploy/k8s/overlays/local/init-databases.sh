#!/bin/sh
# One database per service, owned by that service's own login role without superuser rights (the role and
# password come from the service's Secret), so no service can read or change another's tables.
# deploy/compose/init-databases.sql does the same for docker-compose.yml, one login per service as here.
set -eu

create_database() { # database role password
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=role="$2" --set=password="$3" <<SQL
create role :"role" login password :'password';
create database $1 owner :"role";
revoke all on database $1 from public;
SQL
}

create_database lessons "$LESSONS_USERNAME" "$LESSONS_PASSWORD"
create_database typology "$TYPOLOGY_USERNAME" "$TYPOLOGY_PASSWORD"
create_database verification "$VERIFICATION_USERNAME" "$VERIFICATION_PASSWORD"
