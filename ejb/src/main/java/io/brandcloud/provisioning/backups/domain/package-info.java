/** The provider's backups of a server, as the last reconciliation listed them. */
package io.brandcloud.provisioning.backups.domain;
