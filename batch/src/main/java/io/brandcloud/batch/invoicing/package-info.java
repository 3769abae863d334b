/** The {@code invoicing} job: each tenant partition issues the missing invoices of a month. */
package io.brandcloud.batch.invoicing;
