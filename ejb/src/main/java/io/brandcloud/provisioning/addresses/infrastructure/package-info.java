/** Extra addresses kept in the tenant's schema. */
package io.brandcloud.provisioning.addresses.infrastructure;
