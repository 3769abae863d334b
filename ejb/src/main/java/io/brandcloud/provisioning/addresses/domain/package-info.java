/** Extra public IPv4 addresses an organisation keeps on its servers, and what they cost. */
package io.brandcloud.provisioning.addresses.domain;
