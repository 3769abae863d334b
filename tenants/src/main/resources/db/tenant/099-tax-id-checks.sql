--liquibase formatted sql

--changeset brandcloud:tenant-099-tax-id-checks
-- EU VAT numbers are checked with the Commission's VIES before reverse charge applies (issue 41). Each check is kept
-- as proof: the number asked, when, and the register's answer with its consultation number (request identifier).
-- A check waits, retried with a growing pause, while VIES or a member state's part of it is down; tax is charged
-- meanwhile. The organisation keeps the status of its current tax id (null: nothing to check, not an EU number).
CREATE TABLE tax_id_checks (
  id                  BIGSERIAL    PRIMARY KEY,
  organisation_id     BIGINT       NOT NULL REFERENCES organisations (id),
  tax_id              VARCHAR(32)  NOT NULL,
  member_state        CHAR(2)      NOT NULL CHECK (member_state ~ '^[A-Z]{2}$'),
  vat_number          VARCHAR(20)  NOT NULL,
  status              VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'VALID', 'INVALID', 'REPLACED')),
  requested_at        TIMESTAMPTZ  NOT NULL,
  attempts            INTEGER      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at     TIMESTAMPTZ,
  claimed_until       TIMESTAMPTZ,
  last_error          VARCHAR(300),
  answered_at         TIMESTAMPTZ,
  consultation_number VARCHAR(64),
  registered_name     VARCHAR(300),
  registered_address  VARCHAR(500),
  CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL),
  CHECK ((status IN ('VALID', 'INVALID')) = (answered_at IS NOT NULL))
);
CREATE INDEX tax_id_checks_organisation ON tax_id_checks (organisation_id, id DESC);
CREATE INDEX tax_id_checks_due ON tax_id_checks (next_attempt_at) WHERE status = 'PENDING';

ALTER TABLE organisations
  ADD COLUMN tax_id_status VARCHAR(10) CHECK (tax_id_status IN ('PENDING', 'VALID', 'INVALID'));

-- The EU numbers of open organisations entered before are checked like new ones: of the member state their prefix
-- names (GR is EL to VIES), else of the organisation's country; a malformed one reaches VIES, which says it is not
-- valid. Until VIES answers, tax is charged on them as on any number it has not confirmed.
WITH states (code) AS (
  VALUES ('AT'), ('BE'), ('BG'), ('CY'), ('CZ'), ('DE'), ('DK'), ('EE'), ('EL'), ('ES'), ('FI'), ('FR'), ('HR'), ('HU'),
         ('IE'), ('IT'), ('LT'), ('LU'), ('LV'), ('MT'), ('NL'), ('PL'), ('PT'), ('RO'), ('SE'), ('SI'), ('SK')
),
entered AS (
  SELECT id, tax_id, regexp_replace(upper(tax_id), '[[:space:]./-]', '', 'g') AS compact,
         CASE country WHEN 'GR' THEN 'EL' ELSE country END AS own_state
    FROM organisations
   WHERE btrim(coalesce(tax_id, '')) <> '' AND closed_at IS NULL
),
numbered AS (
  SELECT id, tax_id, compact, own_state,
         CASE left(compact, 2) WHEN 'GR' THEN 'EL' ELSE left(compact, 2) END AS prefix_state
    FROM entered
   WHERE own_state IN (SELECT code FROM states) AND length(compact) > 2
)
INSERT INTO tax_id_checks (organisation_id, tax_id, member_state, vat_number, status, requested_at, next_attempt_at)
SELECT id, tax_id,
       CASE WHEN prefix_state IN (SELECT code FROM states) THEN prefix_state ELSE own_state END,
       left(CASE WHEN prefix_state IN (SELECT code FROM states) THEN substr(compact, 3) ELSE compact END, 20),
       'PENDING', now(), now()
  FROM numbered;
UPDATE organisations SET tax_id_status = 'PENDING' WHERE id IN (SELECT organisation_id FROM tax_id_checks);
