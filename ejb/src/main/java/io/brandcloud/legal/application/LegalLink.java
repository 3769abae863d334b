package io.brandcloud.legal.application;

import java.io.Serializable;

/** A legal page's current version as links name it: what a footer and a checkbox need. */
public record LegalLink(long id, String kind, int version, String title) implements Serializable {}
