--liquibase formatted sql

--changeset brandcloud:tenant-057-ssh-keys
-- An organisation's SSH public keys (issue 39), put on its servers when they are built or rebuilt. A key is public;
-- its SHA-256 fingerprint, as OpenSSH prints it, keeps an organisation from adding the same key twice.
CREATE TABLE ssh_keys (
  id              BIGSERIAL    PRIMARY KEY,
  organisation_id BIGINT       NOT NULL REFERENCES organisations (id),
  name            VARCHAR(100) NOT NULL,
  public_key      TEXT         NOT NULL CHECK (length(public_key) <= 8192),
  key_type        VARCHAR(40)  NOT NULL,
  bits            INTEGER      NOT NULL,
  fingerprint     VARCHAR(100) NOT NULL,
  created_by      VARCHAR(300) NOT NULL,
  created_at      TIMESTAMPTZ  NOT NULL,
  UNIQUE (organisation_id, fingerprint),
  UNIQUE (organisation_id, name)
);

-- The keys a build or a rebuild puts on the server, one per line, copied when it is asked for: a retry puts the same
-- ones, and deleting a key later does not change what was asked.
ALTER TABLE server_actions ADD COLUMN ssh_keys TEXT;

-- What the simulator was asked to put on its servers, as a real cloud would have it.
ALTER TABLE simulator_servers ADD COLUMN authorized_keys TEXT;
