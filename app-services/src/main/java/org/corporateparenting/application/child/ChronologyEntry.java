package org.corporateparenting.application.child;

import java.time.LocalDate;

/** One dated event in a child's chronology: when, what kind of record, and what happened, in words. */
public record ChronologyEntry(LocalDate date, String kind, String what) {
}
