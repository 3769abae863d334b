/**
 * Extra addresses as customers and staff see and ask for them; the provider work is done by server
 * actions.
 */
package io.brandcloud.provisioning.addresses.application;
