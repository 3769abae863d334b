package io.brandcloud.support.tickets.application;

/** A file to hand out: its name, the type it is served as (from its content) and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
