/** Customers see their server's backups and restore one through the server action queue. */
package io.brandcloud.provisioning.backups.application;
