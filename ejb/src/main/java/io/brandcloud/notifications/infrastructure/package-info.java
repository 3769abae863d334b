/** The notification tables of the current tenant. */
package io.brandcloud.notifications.infrastructure;
