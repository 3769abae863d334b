/**
 * How billing is stored and printed: the repositories of {@code billing.domain} over the tenant's
 * schema, with their SQL and row mapping, the set-based statements that charge usage hourly and
 * issue a month's invoices in bulk, and gapless document numbers. Application services use the
 * repositories through their interfaces, never these classes, and nothing here checks who calls:
 * that is the services' step before. Locks taken here ({@code FOR UPDATE}, the number counters) are
 * held until the caller's transaction ends.
 */
package io.brandcloud.billing.infrastructure;
