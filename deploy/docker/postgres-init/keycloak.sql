-- Keycloak's database beside Selaras' own (docker-compose.yml): run once, on an empty volume.
CREATE DATABASE keycloak OWNER selaras;
