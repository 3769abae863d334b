--liquibase formatted sql

--changeset brandcloud:tenant-006-organisations
-- Customers belong to organisations; servers, wallets and invoices belong to an organisation.
CREATE TABLE organisations (
  id         BIGSERIAL PRIMARY KEY,
  name       VARCHAR(120) NOT NULL,
  personal   BOOLEAN      NOT NULL DEFAULT FALSE,
  created_by BIGINT       NOT NULL REFERENCES users (id),
  created_at TIMESTAMPTZ  NOT NULL
);

-- Roles an organisation defines itself, as a list of permissions.
CREATE TABLE custom_roles (
  id              BIGSERIAL PRIMARY KEY,
  organisation_id BIGINT       NOT NULL REFERENCES organisations (id),
  name            VARCHAR(60)  NOT NULL,
  permissions     VARCHAR(1000) NOT NULL,
  UNIQUE (organisation_id, name)
);

CREATE TABLE organisation_members (
  organisation_id BIGINT      NOT NULL REFERENCES organisations (id),
  user_id         BIGINT      NOT NULL REFERENCES users (id),
  role            VARCHAR(16) NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER', 'CUSTOM')),
  custom_role_id  BIGINT      REFERENCES custom_roles (id),
  joined_at       TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (organisation_id, user_id),
  CHECK ((role = 'CUSTOM') = (custom_role_id IS NOT NULL))
);
CREATE INDEX organisation_members_user ON organisation_members (user_id);

CREATE TABLE invitations (
  id              BIGSERIAL PRIMARY KEY,
  organisation_id BIGINT       NOT NULL REFERENCES organisations (id),
  email           VARCHAR(254) NOT NULL,
  role            VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'MEMBER', 'VIEWER', 'CUSTOM')),
  custom_role_id  BIGINT       REFERENCES custom_roles (id),
  token_hash      CHAR(64)     NOT NULL UNIQUE,
  invited_by      BIGINT       NOT NULL REFERENCES users (id),
  created_at      TIMESTAMPTZ  NOT NULL,
  expires_at      TIMESTAMPTZ  NOT NULL,
  accepted_at     TIMESTAMPTZ,
  declined_at     TIMESTAMPTZ
);
CREATE INDEX invitations_organisation ON invitations (organisation_id, created_at DESC);

ALTER TABLE users ADD COLUMN active_organisation_id BIGINT REFERENCES organisations (id);
ALTER TABLE api_keys ADD COLUMN organisation_id BIGINT REFERENCES organisations (id);

--changeset brandcloud:tenant-006-move-customer-data
-- Every existing customer gets a personal organisation that takes over their wallet, servers and
-- invoices.
INSERT INTO organisations (name, personal, created_by, created_at)
SELECT display_name, TRUE, id, created_at FROM users WHERE role = 'CUSTOMER';
INSERT INTO organisation_members (organisation_id, user_id, role, joined_at)
SELECT o.id, o.created_by, 'OWNER', o.created_at FROM organisations o;
UPDATE users u SET active_organisation_id = o.id FROM organisations o WHERE o.created_by = u.id;
UPDATE api_keys k SET organisation_id = u.active_organisation_id FROM users u WHERE u.id = k.user_id;

ALTER TABLE wallets DROP CONSTRAINT wallets_customer_id_fkey;
ALTER TABLE servers DROP CONSTRAINT servers_customer_id_fkey;
ALTER TABLE invoices DROP CONSTRAINT invoices_customer_id_fkey;
UPDATE wallets w SET customer_id = o.id FROM organisations o WHERE o.created_by = w.customer_id;
UPDATE servers s SET customer_id = o.id FROM organisations o WHERE o.created_by = s.customer_id;
UPDATE invoices i SET customer_id = o.id FROM organisations o WHERE o.created_by = i.customer_id;
ALTER TABLE wallets RENAME COLUMN customer_id TO organisation_id;
ALTER TABLE servers RENAME COLUMN customer_id TO organisation_id;
ALTER TABLE invoices RENAME COLUMN customer_id TO organisation_id;
ALTER TABLE wallets ADD FOREIGN KEY (organisation_id) REFERENCES organisations (id);
ALTER TABLE servers ADD FOREIGN KEY (organisation_id) REFERENCES organisations (id);
ALTER TABLE invoices ADD FOREIGN KEY (organisation_id) REFERENCES organisations (id);
ALTER INDEX servers_customer RENAME TO servers_organisation;
