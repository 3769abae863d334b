/**
 * The notification centre: what the panel told each user, kept to read in the app, and each user's
 * choice per kind of message whether to hear of it in the app, by mail, both or neither. Low in the
 * areas: the mail outbox asks it whom to mail and hands it what to keep; kinds are the mail
 * templates' keys.
 */
package io.brandcloud.notifications;
