/**
 * Customers see their server's snapshots; taking, restoring and deleting one are server actions.
 */
package io.brandcloud.provisioning.snapshots.application;
