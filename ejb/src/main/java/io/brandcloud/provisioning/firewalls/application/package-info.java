/** A server's firewall as customers see and change it, and the presets staff keep. */
package io.brandcloud.provisioning.firewalls.application;
