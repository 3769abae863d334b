package io.brandcloud.provisioning.servers.application;

import java.io.Serializable;

/** What a customer chooses for a server sold by the term: its host name, region and image. */
public record ServerChoice(String hostname, String region, String image) implements Serializable {}
