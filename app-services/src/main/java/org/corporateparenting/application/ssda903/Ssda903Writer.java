package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.health.Oc2Return;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Oc2Figures;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * Writes the SSDA903 return of one collection year as CSV text, file by file: episodes open at any time
 * in the year (an end after 31 March is left blank, the episode still open at the year end); the
 * reviews held, the OC3 checks of birthdays and the missing episodes starting in the year; UASC for the
 * children in the return who were ever UASC (DUC, the date status ceased or will cease, as recorded or loaded, a date
 * after the year end included; blank when none is recorded);
 * OC2 for the children looked after 12 months or more on 31 March ({@link Oc2Figures}, or the row a loaded return gave),
 * and every row a loaded return gave for the year as loaded; HOME_POST and URN as the episode was loaded (HOME_POST
 * otherwise the child's home postcode), MOTHER and MC_DOB as the child's record holds them;
 * the decisions to place for adoption in force in the year (and their reversal) and the adoptions made in it (AD1) of
 * children in the return; the previous permanence orders of children who started to be looked after in the year; the
 * social worker episodes open in the year of children in the return (from 2023-24);
 * and a header row for every child in any of those files. SEX is coded 1/2 to 2023-24 and M/F from 2024-25
 * ({@link Ssda903Sex}); sw_episodes.csv carries the child's DOB as the standard layout does. Dates are DD/MM/YYYY as the DfE specifies;
 * rows are ordered by child then date, so the same records always give the same files.
 */
public final class Ssda903Writer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Social worker episodes are collected from 2023-24. */
    static final int SOCIAL_WORKERS_FROM = 2023;

    private Ssda903Writer() {
    }

    public static Map<Ssda903File, String> write(Ssda903Records records, CollectionYear year) {
        LocalDate from = year.start();
        LocalDate to = year.end();
        Set<Child> inReturn = new LinkedHashSet<>();
        Map<Ssda903File, List<List<String>>> rows = new EnumMap<>(Ssda903File.class);

        rows.put(Ssda903File.EPISODES, records.episodes().stream()
                .filter(e -> !e.getStartDate().isAfter(to) && (e.getEndDate() == null || !e.getEndDate().isBefore(from)))
                .sorted(Comparator.comparing((Episode e) -> e.getChild().getChildRef()).thenComparing(Episode::getStartDate))
                .peek(e -> inReturn.add(e.getChild()))
                .map(e -> List.of(e.getChild().getChildRef(), date(e.getStartDate()), e.getReasonNew(), e.getLegalStatus(),
                        e.getCategoryOfNeed(), e.getPlacementType(), text(e.getPlacementProvider()),
                        e.getEndDate() == null || e.getEndDate().isAfter(to) ? "" : date(e.getEndDate()),
                        e.getEndDate() == null || e.getEndDate().isAfter(to) ? "" : text(e.getReasonCeased()),
                        text(e.getReasonPlaceChange()), text(e.getHomePostcode() != null ? e.getHomePostcode() : e.getChild().getHomePostcode()),
                        text(e.getPlacementPostcode()), text(e.getUrn())))
                .toList());
        rows.put(Ssda903File.REVIEWS, records.reviews().stream()
                .filter(r -> within(r.getHeldOn(), from, to))
                .sorted(Comparator.comparing((LookedAfterReview r) ->
                        r.getChild().getChildRef()).thenComparing(r -> r.getHeldOn()))
                .peek(r -> inReturn.add(r.getChild()))
                .map(r -> List.of(r.getChild().getChildRef(), date(r.getChild().getDateOfBirth()), date(r.getHeldOn()),
                        r.getParticipation()))
                .toList());
        rows.put(Ssda903File.OC3, records.birthdayChecks().stream()
                .filter(b -> within(b.getBirthday(), from, to))
                .sorted(Comparator.comparing(b -> b.getCareLeaver().getChild().getChildRef()))
                .peek(b -> inReturn.add(b.getCareLeaver().getChild()))
                .map(b -> List.of(b.getCareLeaver().getChild().getChildRef(),
                        date(b.getCareLeaver().getChild().getDateOfBirth()), b.getInTouch(), b.getActivity(),
                        b.getAccommodation()))
                .toList());
        rows.put(Ssda903File.MISSING, records.missing().stream()
                .filter(m -> !m.getStartDate().isAfter(to) && (within(m.getStartDate(), from, to)
                        || m.getEndDate() == null || !m.getEndDate().isBefore(from)))
                .sorted(Comparator.comparing((MissingEpisode m) ->
                        m.getChild().getChildRef()).thenComparing(m -> m.getStartDate()))
                .peek(m -> inReturn.add(m.getChild()))
                .map(m -> List.of(m.getChild().getChildRef(), date(m.getChild().getDateOfBirth()),
                        m.getKind() == MissingEpisode.Kind.MISSING ? "M" : "A",
                        date(m.getStartDate()), missingUntil(m, to)))
                .toList());
        further(records, year, inReturn, rows);
        rows.put(Ssda903File.UASC, records.uascPeriods().stream()
                .filter(u -> inReturn.contains(u.getChild()) && !u.getStartDate().isAfter(to))
                .sorted(Comparator.comparing(u -> u.getChild().getChildRef()))
                .map(u -> List.of(u.getChild().getChildRef(), Ssda903Sex.written(u.getChild().getSex(), year), date(u.getChild().getDateOfBirth()),
                        optionalDate(u.getEndDate())))
                .toList());
        rows.put(Ssda903File.HEADER, inReturn.stream()
                .sorted(Comparator.comparing(Child::getChildRef))
                .map(c -> List.of(c.getChildRef(), Ssda903Sex.written(c.getSex(), year), date(c.getDateOfBirth()), c.getEthnicity(), text(c.getUpn()),
                        text(c.getMother()), optionalDate(c.getMothersChildBornOn())))
                .toList());

        Map<Ssda903File, String> files = new EnumMap<>(Ssda903File.class);
        rows.forEach((file, fileRows) -> files.put(file, csv(file.columns(), fileRows)));
        return files;
    }

    /** OC2, adoption, previous permanence and social worker rows of the children looked after in the year. */
    private static void further(Ssda903Records records, CollectionYear year, Set<Child> inReturn, Map<Ssda903File, List<List<String>>> rows) {
        LocalDate from = year.start();
        LocalDate to = year.end();
        Map<String, Oc2Return> returned = new HashMap<>();
        records.oc2Returns().stream().filter(r -> r.getCollectionYear() == year.startYear())
                .forEach(r -> returned.put(r.getChild().getChildRef(), r));
        List<Object> gathered = new ArrayList<>(records.children());
        gathered.addAll(records.episodes());
        gathered.addAll(records.health());
        Map<String, List<String>> oc2 = new TreeMap<>();
        CouncilHistory.of(gathered, Map.of()).children().stream().filter(c -> Oc2Figures.inCohort(c, year))
                .forEach(c -> oc2.put(c.child().getChildRef(), withChild(c.child(), returned.containsKey(c.child().getChildRef())
                        ? returned.get(c.child().getChildRef()).values() : Oc2Figures.of(c, year))));
        // A row loaded and kept for a child outside the DfE's cohort (the load warned) is written back as loaded too.
        returned.values().stream().filter(r -> !oc2.containsKey(r.getChild().getChildRef())).forEach(r -> {
            inReturn.add(r.getChild());
            oc2.put(r.getChild().getChildRef(), withChild(r.getChild(), r.values()));
        });
        rows.put(Ssda903File.OC2, List.copyOf(oc2.values()));
        List<AdoptionJourney> journeys = records.journeys().stream().filter(j -> inReturn.contains(j.getChild()))
                .sorted(Comparator.comparing((AdoptionJourney j) -> j.getChild().getChildRef()).thenComparing(AdoptionJourney::getEnteredCare))
                .toList();
        rows.put(Ssda903File.PLACED_ADOPTION, journeys.stream()
                .filter(j -> j.reachedBy(Milestone.SHOULD_BE_PLACED, to) && !j.reachedBy(Milestone.DECISION_REVERSED, from.minusDays(1))
                        && !j.reachedBy(Milestone.ADOPTION_ORDER, from.minusDays(1)))
                .map(j -> withChild(j.getChild(), List.of(date(j.dateOf(Milestone.SHOULD_BE_PLACED)),
                        j.reachedBy(Milestone.DECISION_REVERSED, to) ? date(j.dateOf(Milestone.DECISION_REVERSED)) : "",
                        j.reachedBy(Milestone.DECISION_REVERSED, to) ? text(j.getDecisionReversedReason()) : "")))
                .toList());
        rows.put(Ssda903File.AD1, journeys.stream()
                .filter(j -> within(j.dateOf(Milestone.ADOPTION_ORDER), from, to))
                .map(j -> withChild(j.getChild(), List.of(optionalDate(j.dateOf(Milestone.SHOULD_BE_PLACED)),
                        optionalDate(j.dateOf(Milestone.MATCHED)), j.getFormerFosterCarers() == null ? "" : j.getFormerFosterCarers() ? "1" : "0",
                        j.getAdoptersNumber() == null ? "" : String.valueOf(j.getAdoptersNumber()), text(j.getAdoptersSex()),
                        text(j.getAdoptersLegalStatus()))))
                .toList());
        Set<Child> started = new HashSet<>();
        records.episodes().stream().filter(e -> "S".equals(e.getReasonNew()) && within(e.getStartDate(), from, to))
                .forEach(e -> started.add(e.getChild()));
        rows.put(Ssda903File.PREVIOUS_PERMANENCE, records.permanence().stream()
                .filter(p -> started.contains(p.getChild()))
                .sorted(Comparator.comparing(p -> p.getChild().getChildRef()))
                .map(p -> withChild(p.getChild(), List.of(p.getOption(), text(p.getLocalAuthority()), text(p.getOrderDate()))))
                .toList());
        if (year.startYear() >= SOCIAL_WORKERS_FROM) {
            rows.put(Ssda903File.SOCIAL_WORKERS, records.socialWorkers().stream()
                    .filter(w -> inReturn.contains(w.getChild()) && !w.getStartDate().isAfter(to)
                            && (w.getEndDate() == null || !w.getEndDate().isBefore(from)))
                    .sorted(Comparator.comparing((SocialWorkerEpisode w) -> w.getChild().getChildRef())
                            .thenComparing(SocialWorkerEpisode::getStartDate))
                    .map(w -> List.of(w.getChild().getChildRef(), date(w.getChild().getDateOfBirth()), w.getSocialWorker(), date(w.getStartDate()),
                            w.getEndDate() == null || w.getEndDate().isAfter(to) ? "" : date(w.getEndDate()), text(w.getReason())))
                    .toList());
        }
    }

    /** CHILD and DOB, then the values. */
    private static List<String> withChild(Child child, List<String> values) {
        List<String> row = new ArrayList<>(List.of(child.getChildRef(), date(child.getDateOfBirth())));
        row.addAll(values);
        return row;
    }

    private static String optionalDate(LocalDate date) {
        return date == null ? "" : date(date);
    }

    private static String csv(List<String> columns, List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", columns));
        rows.forEach(row -> lines.add(row.stream().map(Ssda903Writer::quoted).collect(Collectors.joining(","))));
        return String.join("\r\n", lines) + "\r\n";
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * MIS_END as the return has it: blank while the child is still missing at the year end, since the DfE's rule 571
     * refuses an end after 31 March; the next year's return gives the time again with its end (rule 576).
     */
    private static String missingUntil(MissingEpisode missing, LocalDate yearEnd) {
        return missing.getEndDate() == null || missing.getEndDate().isAfter(yearEnd) ? "" : date(missing.getEndDate());
    }
}
