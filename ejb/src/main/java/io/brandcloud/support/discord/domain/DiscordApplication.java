package io.brandcloud.support.discord.domain;

/**
 * The tenant's Discord application: its id (snowflake) and the public key, in hex, that Discord
 * signs the interactions it sends us with.
 */
public record DiscordApplication(String id, String publicKey) {}
