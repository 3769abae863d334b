--liquibase formatted sql

--changeset brandcloud:tenant-037-mail-secrets-sealed
-- A mail whose links or codes open its recipient's account keeps them only sealed (AES-GCM, for the tenant and the
-- recipient) in recipients_copy, which the dispatcher sends and the recipient reads on their account page; subject and
-- body hold the copy staff may read, with those secrets hidden.
ALTER TABLE mail_outbox ADD COLUMN recipients_copy BYTEA;
-- Mail written before this change kept its secrets in the open: every link with a token is hidden, and so is the rest
-- of such a mail's body (a verification mail also carries its code). Mail still waiting to be sent keeps its body
-- until it has left (SmtpDelivery hides it then).
UPDATE mail_outbox SET body = E'\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022'
WHERE body LIKE '%token=%' AND status <> 'PENDING';
CREATE INDEX mail_outbox_recipient ON mail_outbox (lower(recipient), created_at DESC);
