/** An organisation's SSH public keys, read and checked by Apache MINA SSHD. */
package io.brandcloud.provisioning.keys.domain;
