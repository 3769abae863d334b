/** Volumes kept in the tenant's schema. */
package io.brandcloud.provisioning.volumes.infrastructure;
