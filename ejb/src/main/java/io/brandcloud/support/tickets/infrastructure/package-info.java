/**
 * How the support desk is stored: JPA repositories over the tenant's {@code support_*} tables.
 * Services use the interfaces of {@code support.domain}, never this package.
 */
package io.brandcloud.support.tickets.infrastructure;
