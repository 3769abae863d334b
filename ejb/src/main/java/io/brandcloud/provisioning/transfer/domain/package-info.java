/**
 * Transfer pooled per organisation and month: what its servers' plans include, what they sent out.
 */
package io.brandcloud.provisioning.transfer.domain;
