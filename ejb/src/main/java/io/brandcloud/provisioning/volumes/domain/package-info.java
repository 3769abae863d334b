/** Block storage volumes an organisation keeps at a server's provider, and what they cost. */
package io.brandcloud.provisioning.volumes.domain;
