/** JPA storage of subscriptions and their events. */
package io.brandcloud.subscriptions.infrastructure;
