--liquibase formatted sql

--changeset brandcloud:tenant-087-closed-organisations
-- An owner closes their organisation (issue 42) once it holds no server, volume, subscription or debt. A closed
-- organisation is gone for its members (every membership read skips it) and listed apart for staff; its invoices,
-- ledger and payments stay. closed_by is the user who closed it (a person, not a foreign key: the row outlives them).
ALTER TABLE organisations ADD COLUMN closed_at TIMESTAMPTZ;
ALTER TABLE organisations ADD COLUMN closed_by VARCHAR(254);

-- What becomes of a closed organisation's positive balance: KEEP leaves it as a credit on the wallet (staff may refund
-- or pay it out), REFUND gives it back to the cards it came from, newest payment first.
ALTER TABLE tenant_settings ADD COLUMN closed_balance VARCHAR(8) NOT NULL DEFAULT 'KEEP'
  CHECK (closed_balance IN ('KEEP', 'REFUND'));
