--liquibase formatted sql

--changeset brandcloud:platform-007-charging-runs-by-tenant
-- Dashboards sum what each tenant's hourly runs charged per day and month.
CREATE INDEX charging_runs_by_tenant ON charging_runs (tenant_id, charged_up_to);
