/** Backup lists kept in the tenant's {@code server_backup_lists} and {@code server_backups}. */
package io.brandcloud.provisioning.backups.infrastructure;
