package org.corporateparenting.application.report;

import java.time.Instant;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.domain.report.ReportingYear;

/** A published edition as listed: what, for which period, which edition and format, who published it and when. */
public record EditionView(long id, String kind, String title, String period, String periodLabel, int edition, String format,
        String builtFrom, long bytes, String sha256, String publishedBy, Instant publishedAt) {

    /** As a list query selects it (never the file itself). */
    public EditionView(long id, ReportKind kind, String period, int edition, String format, String builtFrom, int bytes, String sha256,
            String publishedBy, Instant publishedAt) {
        this(id, kind.name(), kind.title(), period, kind.monthly() ? ReportingMonth.parse(period).title() : ReportingYear.parse(period).title(),
                edition, format, builtFrom, bytes, sha256, publishedBy, publishedAt);
    }

    /** The file name a download is saved as, e.g. {@code board-pack-2026-10-edition-1.pdf}. */
    public String fileName() {
        return kind.toLowerCase().replace('_', '-') + "-" + period + "-edition-" + edition + "." + format.toLowerCase();
    }
}
