package org.corporateparenting.domain.episode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A continuous period of being looked after, derived from episodes: episodes that follow one another
 * on the same day (the earlier ceased X1) belong to one period; a gap starts a new one (SSDA903).
 */
public record PeriodOfCare(LocalDate start, LocalDate end, int episodes) {

    /** The periods of one child's episodes, earliest first; the last is open when its last episode is. */
    public static List<PeriodOfCare> of(List<Episode> episodes) {
        List<Episode> ordered = episodes.stream().sorted(Comparator.comparing(Episode::getStartDate)).toList();
        List<PeriodOfCare> periods = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        int count = 0;
        for (Episode episode : ordered) {
            if (start != null && end != null && episode.getStartDate().equals(end)) {
                end = episode.getEndDate();
                count++;
                continue;
            }
            if (start != null) {
                periods.add(new PeriodOfCare(start, end, count));
            }
            start = episode.getStartDate();
            end = episode.getEndDate();
            count = 1;
        }
        if (start != null) {
            periods.add(new PeriodOfCare(start, end, count));
        }
        return periods;
    }

    /** The period of the episodes during which the child was looked after at the end of the date, if any. */
    public static Optional<PeriodOfCare> containing(List<Episode> episodes, LocalDate date) {
        return of(episodes).stream().filter(p -> p.covers(date)).findFirst();
    }

    /** Whether the child was looked after in this period at the end of the date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    public boolean isOpen() {
        return end == null;
    }
}
