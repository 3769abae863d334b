/** Snapshots and their price in the tenant's schema. */
package io.brandcloud.provisioning.snapshots.infrastructure;
