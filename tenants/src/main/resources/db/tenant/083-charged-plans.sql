--liquibase formatted sql

--changeset brandcloud:tenant-083-charged-plans
-- The margin report (issue 41) sets each server hour against its provider plan's cost, so a charge keeps the plan it
-- was charged on: a resize moves a server to another plan from the next full hour, and the hours before stay with the
-- plan they were sold on (previous_plan_id, beside previous_price). No foreign key: the charge statement inserts
-- millions of rows an hour, and plans are never deleted. Charges from before this have none and count under the
-- server's plan of today.
ALTER TABLE usage_charges ADD COLUMN plan_id BIGINT;
ALTER TABLE servers ADD COLUMN previous_plan_id BIGINT;
