/** The organisations' SSH keys in the tenant's {@code ssh_keys} table. */
package io.brandcloud.provisioning.keys.infrastructure;
