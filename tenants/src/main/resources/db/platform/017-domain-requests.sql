--liquibase formatted sql

--changeset brandcloud:platform-017-domain-requests
-- A domain a tenant's admin asks for on the Brand page (issue 40), shown to them with the DNS records to set. It is
-- not served until an operator approves it: then it becomes one of the tenant's domains (tenant_domains) and the
-- request is gone, as it is when the operator turns it down or the admin withdraws it.
CREATE TABLE domain_requests (
  id           BIGSERIAL    PRIMARY KEY,
  tenant_id    BIGINT       NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  domain       VARCHAR(253) NOT NULL UNIQUE CHECK (domain = lower(domain)),
  token        VARCHAR(64)  NOT NULL,
  requested_by VARCHAR(320) NOT NULL,
  requested_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX domain_requests_tenant ON domain_requests (tenant_id);
