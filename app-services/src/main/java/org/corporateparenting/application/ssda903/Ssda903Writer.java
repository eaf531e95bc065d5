package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * Writes the SSDA903 return of one collection year as CSV text, file by file: episodes open at any time
 * in the year (an end after 31 March is left blank, the episode still open at the year end); the
 * reviews held, the OC3 checks of birthdays and the missing episodes starting in the year; UASC for the
 * children in the return who were ever UASC (DUC, the date status ceased, blank while it continues);
 * and a header row for every child in any of those files. Dates are DD/MM/YYYY as the DfE specifies;
 * rows are ordered by child then date, so the same records always give the same files.
 */
public final class Ssda903Writer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
                        text(e.getReasonPlaceChange()), text(e.getChild().getHomePostcode()),
                        text(e.getPlacementPostcode()), ""))
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
                .filter(m -> within(m.getStartDate(), from, to))
                .sorted(Comparator.comparing((MissingEpisode m) ->
                        m.getChild().getChildRef()).thenComparing(m -> m.getStartDate()))
                .peek(m -> inReturn.add(m.getChild()))
                .map(m -> List.of(m.getChild().getChildRef(), date(m.getChild().getDateOfBirth()),
                        m.getKind() == MissingEpisode.Kind.MISSING ? "M" : "A",
                        date(m.getStartDate()), m.getEndDate() == null ? "" : date(m.getEndDate())))
                .toList());
        rows.put(Ssda903File.UASC, records.uascPeriods().stream()
                .filter(u -> inReturn.contains(u.getChild()) && !u.getStartDate().isAfter(to))
                .sorted(Comparator.comparing(u -> u.getChild().getChildRef()))
                .map(u -> List.of(u.getChild().getChildRef(), u.getChild().getSex(), date(u.getChild().getDateOfBirth()),
                        u.getEndDate() == null || u.getEndDate().isAfter(to) ? "" : date(u.getEndDate())))
                .toList());
        rows.put(Ssda903File.HEADER, inReturn.stream()
                .sorted(Comparator.comparing(Child::getChildRef))
                .map(c -> List.of(c.getChildRef(), c.getSex(), date(c.getDateOfBirth()), c.getEthnicity(), text(c.getUpn()),
                        "", ""))
                .toList());

        Map<Ssda903File, String> files = new EnumMap<>(Ssda903File.class);
        rows.forEach((file, fileRows) -> files.put(file, csv(file.columns(), fileRows)));
        return files;
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
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
