package org.corporateparenting.domain.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looked after on a day: an SSDA903 episode open at the end of the day, other than an agreed series of short-term
 * breaks (legal status V3 or V4). The DfE's counts of children looked after leave short breaks out (Children looked
 * after in England including adoptions, methodology: children looked after exclude those looked after under an agreed
 * series of short-term placements), and so does every count here: the home screen and its API, the board's dataset,
 * a household's children placed, the leaving-care birthday checks and the teams' lists. The one definition; the
 * periods of care it gives are {@link PeriodOfCare}'s of the episodes it keeps.
 */
public final class LookedAfter {

    /** Legal statuses of an agreed series of short-term breaks, which do not count as looked after. */
    public static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    private LookedAfter() {
    }

    /** Whether the episode counts towards being looked after (it is not a short break). */
    public static boolean counts(Episode episode) {
        return !SHORT_BREAKS.contains(episode.getLegalStatus());
    }

    /** Whether the episodes have the child looked after at the end of the day. */
    public static boolean on(List<Episode> episodes, LocalDate date) {
        return episodeOn(episodes, date).isPresent();
    }

    /** The episode the child is looked after under at the end of the day, if any. */
    public static Optional<Episode> episodeOn(List<Episode> episodes, LocalDate date) {
        return episodes.stream().filter(e -> counts(e) && e.isOpenOn(date)).findFirst();
    }

    /** The periods of care of the episodes that count, earliest first (reviews and the dataset run on these). */
    public static List<PeriodOfCare> periods(List<Episode> episodes) {
        return PeriodOfCare.of(counted(episodes));
    }

    /** The period of care the child is looked after in at the end of the day, if any. */
    public static Optional<PeriodOfCare> periodOn(List<Episode> episodes, LocalDate date) {
        return PeriodOfCare.containing(counted(episodes), date);
    }

    /** The episodes that count, in the order given. */
    public static List<Episode> counted(List<Episode> episodes) {
        return episodes.stream().filter(LookedAfter::counts).toList();
    }
}
