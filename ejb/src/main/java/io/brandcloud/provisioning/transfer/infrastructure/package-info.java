/** Traffic readings and the pool, read from the tenant's schema. */
package io.brandcloud.provisioning.transfer.infrastructure;
