/** Firewall presets in the tenant's schema. */
package io.brandcloud.provisioning.firewalls.infrastructure;
