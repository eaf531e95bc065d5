package org.corporateparenting.application.ssda903;

import java.time.LocalDateTime;

/**
 * A stored SSDA903 load as its record says: who loaded which years when, the files with their SHA-256 (one a line), the
 * totals per file (one a line), how many records it made and changed, and whether (and by whom) it was undone.
 */
public record LoadSummary(long id, LocalDateTime loadedAt, String loadedBy, String years, String files, String totals, int made,
        int changed, String state, LocalDateTime undoneAt, String undoneBy) {
}
