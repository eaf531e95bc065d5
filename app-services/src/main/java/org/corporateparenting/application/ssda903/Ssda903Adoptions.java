package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.application.ssda903.Ssda903Stitch.AdoptedRow;
import org.corporateparenting.application.ssda903.Ssda903Stitch.FromFile;
import org.corporateparenting.application.ssda903.Ssda903Stitch.PlacedRow;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.AdoptionJourneyRules;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.UkDates;

/**
 * Brings children's adoption journeys up to the 903 PlacedAdoption and AD1 files, by these rules:
 * <ul>
 * <li>a journey is found by the child and the date of the decision that they should be placed for adoption (DATE_PLACED,
 * or AD1's DATE_INT); failing that, the child's journey in the period of care of that date is theirs, recorded here with
 * another decision date, which is kept (warning); failing that, a journey is started in that period of care with the
 * decision. A decision on a day the child was not looked after is an error on its row, and so is one in another period
 * of care than the child's journey already held (a child has one adoption journey here);</li>
 * <li>a journey started from the files also takes from the period's episodes the placement order (the first episode with
 * legal status E1 from the decision), the placement (the first placement for adoption, A3 to A6, after the match) and
 * the adoption order (the period ending E11 or E12);</li>
 * <li>a reversal (DATE_PLACED_CEASED and its reason) and a match (AD1 DATE_MATCH) are recorded when the journey here has
 * none and the milestone fits the journey's order ({@link AdoptionJourneyRules}; the 903 does not name the adopters, so a
 * match loaded has none); one that does not fit is reported (warning) and left out;</li>
 * <li>who adopted the child (AD1) is recorded on a journey with none; other details recorded here are kept (warning).</li>
 * <li>an AD1 row is loaded only for a child whose period of care of the decision ends by adoption (REC E11 or E12) in the
 * row's collection year; any other AD1 row is an error on its CHILD naming DfE rule 602 and is not loaded (chosen over
 * keeping it: the AD1 file is the return of the children adopted in the year, and a row kept without an adoption could be
 * written back only as a return the DfE refuses). An accepted row's match (DATE_MATCH) and adoption order (the episode's
 * end) are recorded as loaded even where the journey lacks an earlier milestone the screen's order asks for (a child
 * placed with consent has no placement order), so the export writes the row back with the adopters' fields.</li>
 * </ul>
 * Loading the same files again finds every journey as the files say, so changes nothing.
 */
final class Ssda903Adoptions extends RowLoader {

    private final Set<AdoptionJourney> made = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<AdoptionJourney> found = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<AdoptionJourney> changed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final LocalDate today = LocalDate.now();

    /** The new journeys; {@code journeys}: the council's journeys by child reference (new ones are added). */
    List<AdoptionJourney> apply(List<PlacedRow> placed, List<AdoptedRow> adopted, Map<String, Child> children,
            Map<String, List<Episode>> episodes, Map<String, List<AdoptionJourney>> journeys) {
        List<AdoptionJourney> started = new ArrayList<>();
        for (PlacedRow row : placed) {
            List<Episode> history = episodes.getOrDefault(row.child(), List.of());
            AdoptionJourney j = journeyFor(row, "DATE_PLACED", row.decided(), children.get(row.child()), history,
                    journeys.computeIfAbsent(row.child(), c -> new ArrayList<>()), started);
            if (j != null) {
                boolean changed = false;
                if (row.reversed() != null && j.dateOf(Milestone.DECISION_REVERSED) == null) {
                    changed = reach(j, Milestone.DECISION_REVERSED, row.reversed(), row, "DATE_PLACED_CEASED");
                    if (changed) {
                        j.reversedBecause(row.reason());
                    }
                }
                counted(j, changed);
            }
        }
        for (AdoptedRow row : adopted) {
            if (row.decided() == null) {
                error(row, "DATE_INT", "", "The date of the decision that the child should be placed for adoption is needed to find "
                        + "their adoption journey.");
                continue;
            }
            List<Episode> history = episodes.getOrDefault(row.child(), List.of());
            Optional<Episode> adoption = adoptedInYear(row, history);
            if (adoption.isEmpty()) {
                continue;
            }
            AdoptionJourney j = journeyFor(row, "DATE_INT", row.decided(), children.get(row.child()), history,
                    journeys.computeIfAbsent(row.child(), c -> new ArrayList<>()), started);
            if (j != null) {
                boolean changed = asLoaded(j, Milestone.MATCHED, row.matched(), row, "DATE_MATCH");
                changed |= fromEpisodes(j, history);
                changed |= asLoaded(j, Milestone.ADOPTION_ORDER, adoption.get().getEndDate(), row, "CHILD");
                changed |= adopters(j, row);
                counted(j, changed);
            }
        }
        updated = changed.size();
        unchanged = found.size() - changed.size();
        return started;
    }

    private AdoptionJourney journeyFor(FromFile row, String field, LocalDate decided, Child child, List<Episode> history,
            List<AdoptionJourney> theirs, List<AdoptionJourney> started) {
        for (AdoptionJourney j : theirs) {
            if (decided.equals(j.dateOf(Milestone.SHOULD_BE_PLACED))) {
                return j;
            }
        }
        Optional<PeriodOfCare> period = PeriodOfCare.containing(history, decided);
        if (period.isEmpty()) {
            error(row, field, UkDates.format(decided), "The child " + row.child() + " was not looked after on the day of the decision, so "
                    + "it cannot be loaded.");
            return null;
        }
        for (AdoptionJourney j : theirs) {
            if (!j.getEnteredCare().isBefore(period.get().start()) && (period.get().end() == null || j.getEnteredCare().isBefore(period.get().end()))) {
                warn(row, field, UkDates.format(decided), "The child's adoption journey in this period of care is recorded here with the "
                        + "decision on " + UkDates.format(j.dateOf(Milestone.SHOULD_BE_PLACED)) + ", which is kept.");
                return j;
            }
        }
        if (!theirs.isEmpty()) {
            AdoptionJourney held = theirs.get(0);
            error(row, field, UkDates.format(decided), "The child " + row.child() + " already has an adoption journey (from the "
                    + "period of care starting " + UkDates.format(held.getEnteredCare()) + ") and one journey is held for a child, so a "
                    + "decision in another period of care cannot be loaded.");
            return null;
        }
        AdoptionJourney j = new AdoptionJourney(child, period.get().start());
        j.reach(Milestone.SHOULD_BE_PLACED, decided, null);
        fromEpisodes(j, history);
        theirs.add(j);
        started.add(j);
        made.add(j);
        created++;
        return j;
    }

    /**
     * The episode that ended the child's period of care of the decision (DATE_INT) by adoption (REC E11 or E12) within the
     * AD1 row's collection year. None is an error on the row's CHILD naming DfE rule 602 ("The episode data submitted for
     * this child does not show that he/she was adopted during the year"), and the row is not loaded: the AD1 file is the
     * return of the children adopted in the year (DfE SSDA903 guidance, AD1), so a row kept without an adoption could
     * only be written back as a return the DfE refuses, or dropped on the way back without a word. Reporting it on its row
     * lets the analyst correct the episodes (the missing E11/E12 ending) or remove the row.
     */
    private Optional<Episode> adoptedInYear(AdoptedRow row, List<Episode> history) {
        CollectionYear year = yearOf(row.file());
        Optional<PeriodOfCare> period = PeriodOfCare.containing(history, row.decided());
        Optional<Episode> last = period.flatMap(p -> inPeriod(history, p).stream().reduce((a, b) -> b));
        Optional<Episode> adoption = last.filter(e -> e.getEndDate() != null && ("E11".equals(e.getReasonCeased())
                || "E12".equals(e.getReasonCeased())) && (year == null || within(e.getEndDate(), year)));
        if (adoption.isEmpty()) {
            error(row, "CHILD", row.child(), "DfE rule 602: the child's episodes do not show them adopted during "
                    + (year == null ? "the year" : year.label()) + " (the period of care of the decision on "
                    + UkDates.format(row.decided()) + " does not end with reason E11 or E12 in the year), so this AD1 row is not "
                    + "loaded. Record the adoption on the child's last episode, or remove the row.");
        }
        return adoption;
    }

    /** The collection year of a row's file ("2024-25/ad1.csv"), or null when its folder names none. */
    static CollectionYear yearOf(String file) {
        Matcher m = Pattern.compile("^(\\d{4})-\\d{2}/").matcher(file);
        return m.find() ? new CollectionYear(Integer.parseInt(m.group(1))) : null;
    }

    private static boolean within(LocalDate date, CollectionYear year) {
        return !date.isBefore(year.start()) && !date.isAfter(year.end());
    }

    private static List<Episode> inPeriod(List<Episode> history, PeriodOfCare period) {
        return history.stream().filter(e -> !e.getStartDate().isBefore(period.start())
                && (period.end() == null || e.getStartDate().isBefore(period.end())))
                .sorted(Comparator.comparing(Episode::getStartDate)).toList();
    }

    /**
     * A milestone an accepted AD1 row gives (the match, DATE_MATCH; the adoption order, the end of the episode ceased E11
     * or E12), recorded as loaded where the journey has none: the 903 is the record of an adoption made, and it does not
     * carry every earlier milestone the screen's order asks for (a child placed with consent, s.19, has no placement
     * order), so only a date outside the journey (before entering care, in the future) is refused, as a warning on the
     * row's field.
     */
    private boolean asLoaded(AdoptionJourney j, Milestone milestone, LocalDate on, AdoptedRow row, String field) {
        if (on == null || j.dateOf(milestone) != null) {
            return false;
        }
        if (on.isBefore(j.getEnteredCare()) || on.isAfter(today)) {
            warn(row, field, UkDates.format(on), "Not recorded on the child's adoption journey: the date is before the child entered "
                    + "care on " + UkDates.format(j.getEnteredCare()) + " or after today.");
            return false;
        }
        j.reach(milestone, on, null);
        return true;
    }

    /** The placement order, placement and adoption order the period's episodes show, where the journey lacks them. */
    private boolean fromEpisodes(AdoptionJourney j, List<Episode> history) {
        LocalDate decided = j.dateOf(Milestone.SHOULD_BE_PLACED);
        Optional<PeriodOfCare> period = PeriodOfCare.containing(history, decided);
        if (period.isEmpty()) {
            return false;
        }
        List<Episode> inPeriod = inPeriod(history, period.get());
        boolean changed = false;
        Optional<Episode> order = inPeriod.stream().filter(e -> "E1".equals(e.getLegalStatus()) && !e.getStartDate().isBefore(decided)).findFirst();
        if (order.isPresent() && j.dateOf(Milestone.PLACEMENT_ORDER) == null) {
            changed |= reach(j, Milestone.PLACEMENT_ORDER, order.get().getStartDate(), null, null);
        }
        LocalDate matched = j.dateOf(Milestone.MATCHED);
        Optional<Episode> placed = inPeriod.stream().filter(e -> e.getPlacementType().startsWith("A") && matched != null
                && !e.getStartDate().isBefore(matched)).findFirst();
        if (placed.isPresent() && j.dateOf(Milestone.PLACED) == null) {
            changed |= reach(j, Milestone.PLACED, placed.get().getStartDate(), null, null);
        }
        Episode last = inPeriod.isEmpty() ? null : inPeriod.get(inPeriod.size() - 1);
        if (last != null && last.getEndDate() != null && ("E11".equals(last.getReasonCeased()) || "E12".equals(last.getReasonCeased()))
                && j.dateOf(Milestone.ADOPTION_ORDER) == null) {
            changed |= reach(j, Milestone.ADOPTION_ORDER, last.getEndDate(), null, null);
        }
        return changed;
    }

    /**
     * Records the milestone when it fits the journey's order; a match needs no adopters here (the 903 does not name
     * them). One that does not fit is reported on {@code row} when there is one.
     */
    private boolean reach(AdoptionJourney j, Milestone milestone, LocalDate on, FromFile row, String field) {
        FieldError broken = AdoptionJourneyRules.check(j, milestone, on, null, today);
        if (broken == null || milestone == Milestone.MATCHED && broken.field().equals("adopterHouseholdId")) {
            j.reach(milestone, on, null);
            return true;
        }
        if (row != null) {
            warn(row, field, UkDates.format(on), "Not recorded on the child's adoption journey: " + broken.message());
        }
        return false;
    }

    private boolean adopters(AdoptionJourney j, AdoptedRow row) {
        Boolean fosterCarers = row.formerFosterCarers() == null ? null : row.formerFosterCarers().equals("1");
        Integer number = row.number() == null ? null : Integer.valueOf(row.number());
        boolean same = Objects.equals(fosterCarers, j.getFormerFosterCarers()) && Objects.equals(number, j.getAdoptersNumber())
                && Objects.equals(row.sex(), j.getAdoptersSex()) && Objects.equals(row.legalStatus(), j.getAdoptersLegalStatus());
        if (same) {
            return false;
        }
        if (j.getFormerFosterCarers() == null && j.getAdoptersNumber() == null && j.getAdoptersSex() == null
                && j.getAdoptersLegalStatus() == null) {
            j.describeAdopters(fosterCarers, number, row.sex(), row.legalStatus());
            return true;
        }
        warn(row, "SEX_ADOPTR", row.sex() == null ? "" : row.sex(), "Who adopted the child is recorded here differently, which is kept.");
        return false;
    }

    /** A journey found here counts once: updated when any row changed it, otherwise unchanged. */
    private void counted(AdoptionJourney j, boolean change) {
        if (!made.contains(j)) {
            found.add(j);
            if (change) {
                changed.add(j);
            }
        }
    }
}
