package org.corporateparenting.application.report;

/** A rendered or published file with what it is, for download. */
public record EditionFile(String fileName, String mediaType, byte[] content) {
}
