package io.brandcloud.identity.application;

/** A new key and its secret, which exists only in this answer. */
public record CreatedApiKey(ApiKeyView key, String secret) {}
