--liquibase formatted sql

--changeset brandcloud:tenant-063-firewalls
-- Firewalls (issue 39). A server's inbound rules as its provider last applied them, one rule a line
-- ("tcp 22 0.0.0.0/0,::/0"); none: no firewall. An action's parameter holds the rules it applies,
-- so it becomes TEXT (from VARCHAR this rewrites nothing). Staff keep presets to start from.
ALTER TABLE server_actions ALTER COLUMN parameter TYPE TEXT;
ALTER TABLE servers ADD COLUMN firewall TEXT;
CREATE TABLE firewall_presets (
  id    BIGSERIAL   PRIMARY KEY,
  name  VARCHAR(60) NOT NULL,
  rules TEXT        NOT NULL
);
CREATE UNIQUE INDEX firewall_presets_name ON firewall_presets (lower(name));
-- the simulator's "data centre" applies the rules it was given
ALTER TABLE simulator_servers ADD COLUMN firewall TEXT;
