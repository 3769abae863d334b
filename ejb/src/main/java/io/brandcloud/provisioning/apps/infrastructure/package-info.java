/** One-click apps in the tenant's schema. */
package io.brandcloud.provisioning.apps.infrastructure;
