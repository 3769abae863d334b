/** Inbound firewall rules of a server, and the presets staff define for customers to start from. */
package io.brandcloud.provisioning.firewalls.domain;
