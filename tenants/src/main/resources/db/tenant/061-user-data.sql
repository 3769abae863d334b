--liquibase formatted sql

--changeset brandcloud:tenant-061-user-data
-- Cloud-init user data a customer gives at create (issue 39): kept with the build's action until
-- the build ends, and in the simulator's "data centre" as the server got it.
ALTER TABLE server_actions ADD COLUMN user_data TEXT CHECK (length(user_data) <= 16384);
ALTER TABLE simulator_servers ADD COLUMN user_data TEXT;
