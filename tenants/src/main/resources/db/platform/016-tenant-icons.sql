--liquibase formatted sql

--changeset brandcloud:platform-016-tenant-icons
-- The browser-tab icon a tenant's admin uploads on the Brand page (issue 40), kept beside the logo (015) as the PNG the
-- panel drew of it and named in icon_url by its digest. Without one the panel draws the product's initial on the brand
-- colour, as before.
ALTER TABLE tenants ADD COLUMN icon_url VARCHAR(100);
ALTER TABLE tenant_logos ADD COLUMN kind VARCHAR(4) NOT NULL DEFAULT 'LOGO' CHECK (kind IN ('LOGO', 'ICON'));
ALTER TABLE tenant_logos ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE tenant_logos DROP CONSTRAINT tenant_logos_pkey;
ALTER TABLE tenant_logos ADD PRIMARY KEY (tenant_id, kind);

--changeset brandcloud:platform-016-mail-sender
-- The name a tenant's mail is sent under (issue 40), when its admin wants another than the product name ("Acme Support"
-- rather than "Acme Cloud"); the address stays the platform's.
ALTER TABLE tenants ADD COLUMN mail_sender VARCHAR(120);

--changeset brandcloud:platform-016-accent-color
-- A second brand colour for links and what is chosen (a plan, a tab), when the admin wants another than the primary one.
ALTER TABLE tenants ADD COLUMN accent_color CHAR(7);
