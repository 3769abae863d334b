/**
 * The console of providers without a console API (Linode, DigitalOcean): an SSH session to the
 * server's public address as root, over Apache MINA SSHD, with the root password typed by the user
 * into the browser's terminal and never kept.
 */
package io.brandcloud.provisioning.consoles.infrastructure.ssh;
