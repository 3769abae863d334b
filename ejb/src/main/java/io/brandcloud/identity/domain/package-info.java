/**
 * Who uses a tenant's portal: reseller staff and customers, stored in the tenant's own schema. An
 * account of one tenant does not exist for any other tenant.
 */
package io.brandcloud.identity.domain;
