/** Reading and marking one's own notifications and choices, and routing a message to them. */
package io.brandcloud.notifications.application;
