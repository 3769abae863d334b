--liquibase formatted sql

--changeset brandcloud:tenant-085-disabled-users
-- Staff disable a user (issue 42): the user cannot log in and their API keys stop answering, while their servers keep
-- running unless staff suspend them. Enabled again, the password and the keys work as before. The reason is for the
-- next staff member who looks.
ALTER TABLE users ADD COLUMN disabled_at TIMESTAMPTZ;
ALTER TABLE users ADD COLUMN disabled_reason VARCHAR(500);
