/** The snapshots the provider keeps of a server, as last listed, and what each costs an hour. */
package io.brandcloud.provisioning.snapshots.domain;
