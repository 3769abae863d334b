/** A notification, a user's choice per kind of message, and the store of both. */
package io.brandcloud.notifications.domain;
