--liquibase formatted sql

--changeset brandcloud:tenant-076-invoice-note splitStatements:false
-- The seller's note at the foot of every invoice (issue 40): payment terms, bank details, a thank-you. An invoice
-- keeps the note as it was when it was issued, like the seller's name and address (016): the moment any path
-- keeps the seller on an invoice, the note is kept with it, so no way of issuing one can forget it.
ALTER TABLE seller_profile ADD COLUMN invoice_note VARCHAR(1000);
ALTER TABLE invoices ADD COLUMN seller_note VARCHAR(1000);

CREATE FUNCTION keep_seller_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seller IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.seller IS NULL) THEN
    NEW.seller_note := (SELECT invoice_note FROM seller_profile WHERE id = 1);
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER invoices_keep_seller_note BEFORE INSERT OR UPDATE OF seller ON invoices
  FOR EACH ROW EXECUTE FUNCTION keep_seller_note();
