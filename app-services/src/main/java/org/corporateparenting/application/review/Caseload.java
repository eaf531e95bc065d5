package org.corporateparenting.application.review;

/** How many children looked after are allocated to an IRO on a date. */
public record Caseload(String iro, long children) {
}
