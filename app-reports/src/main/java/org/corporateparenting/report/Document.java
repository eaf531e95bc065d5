package org.corporateparenting.report;

/** What a rendered file says of itself (PDF metadata; the title is shown in the reader's window). */
public record Document(String title, String author, String subject) {
}
