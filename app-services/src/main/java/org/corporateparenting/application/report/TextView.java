package org.corporateparenting.application.report;

import java.time.Instant;
import java.util.List;

/**
 * A block of a report's words as an author sees it: what it is, the words (the starting words until someone saves
 * their own), who last changed them and when, the version a save must be based on, and any quoted figure the report
 * does not have; for a section, whether it is statutory (it may not be published empty) and the guidance from its
 * statutory source on what it should say (empty for cover and closing fields).
 */
public record TextView(String key, String label, String body, boolean starting, Integer version, String editedBy, Instant editedAt,
        List<String> unknownReferences, boolean statutory, String guidance) {
}
