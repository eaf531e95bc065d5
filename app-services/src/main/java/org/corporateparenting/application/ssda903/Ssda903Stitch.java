package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * Stitches the 903 files of several collection years into one history per child. The rules, each repair reported
 * with the file and row it applies to:
 * <ol>
 * <li>Years are read oldest first. A child's details (header) are the latest year's.</li>
 * <li>An episode is the child and its start date (DECOM). The same episode in a later year's file replaces the earlier
 * row: the later file knows more (an episode open at one year's end is closed by the next year's file). A blank end date
 * means only "still open at the end of that file's year", so the row remembers that year ({@link EpisodeRow#knownTo}).</li>
 * <li>The same episode twice in one file: the later row is kept (repair).</li>
 * <li>An episode still open, or ending after the next episode starts, is ended on the day the next starts, with reason
 * X1 (a new episode follows), as the DfE's episode rules require (repair).</li>
 * <li>Episodes of a child in no header file cannot be loaded (error on each row).</li>
 * <li>UASC: a child in a UASC file was unaccompanied from their first episode's start until DUC (blank: still).</li>
 * <li>A missing or absent episode is the child, its kind and its start; a later year's row replaces an earlier one (its
 * end may have been blank before). Those of a child with no loadable episode are errors.</li>
 * <li>A review is the child and the day it was held; a later year's row replaces an earlier one. Those of a child with no
 * loadable episode are errors.</li>
 * <li>An OC3 row is the child and its collection year (one birthday a year). Those of a child in no header file are
 * errors.</li>
 * <li>An OC2 row is the child and its collection year; a decision to place for adoption (PlacedAdoption) is the child and
 * the decision's date (a later year's row gives its reversal); an adoption (AD1) is the child; a previous permanence order
 * is the child (the latest year's row); a social worker's episode is the child and its start (a later year's row gives its
 * end). OC2, PlacedAdoption and AD1 rows of a child with no loadable episode, and PrevPerm and social worker rows of a
 * child in no header file, are errors.</li>
 * </ol>
 * Rows named in {@code skipped} (rows with errors, when only valid rows are loaded) are left out.
 */
final class Ssda903Stitch {

    /** Who a child is, from the latest header row. */
    record ChildRow(String ref, String sex, LocalDate dateOfBirth, String ethnicity, String upn, String where) {
    }

    /** One episode; {@code knownTo} is the last collection year whose file listed it. */
    record EpisodeRow(String child, LocalDate start, String reasonNew, String legalStatus, String categoryOfNeed, String placement,
            String provider, LocalDate end, String reasonCeased, String reasonPlaceChange, String homePostcode, String placePostcode,
            CollectionYear knownTo, String file, int row) {

        EpisodeRow endedOn(LocalDate on, String reason) {
            return new EpisodeRow(child, start, reasonNew, legalStatus, categoryOfNeed, placement, provider, on, reason, reasonPlaceChange,
                    homePostcode, placePostcode, knownTo, file, row);
        }
    }

    /** A row about a child, from a file and row the problems can name. */
    interface FromFile {
        String child();

        String file();

        int row();
    }

    /** A looked-after review: the child, the day it was held and the child's participation (PN code). */
    record ReviewRow(String child, LocalDate held, String participation, String file, int row) implements FromFile {
    }

    /** An OC3 row: a care leaver's birthday check in a collection year (in touch, activity, accommodation). */
    record Oc3Row(String child, CollectionYear year, String inTouch, String activity, String accommodation, String file, int row)
            implements FromFile {
    }

    /** An OC2 row: the child's outcomes for a collection year, the columns after CHILD and DOB in the file's order. */
    record Oc2Row(String child, CollectionYear year, List<String> values, String file, int row) implements FromFile {
    }

    /** A decision that the child should be placed for adoption, and its reversal when there was one (PlacedAdoption). */
    record PlacedRow(String child, LocalDate decided, LocalDate reversed, String reason, String file, int row) implements FromFile {
    }

    /** A child adopted (AD1): the decision, the match and who adopted them. */
    record AdoptedRow(String child, LocalDate decided, LocalDate matched, String formerFosterCarers, String number, String sex,
            String legalStatus, String file, int row) implements FromFile {
    }

    /** A previous permanence order (PrevPerm). */
    record PermanenceRow(String child, String option, String localAuthority, String orderDate, String file, int row) implements FromFile {
    }

    /** A social worker's allocation to the child (SWEpisodes). */
    record SocialWorkerRow(String child, String worker, LocalDate start, LocalDate end, String reason, String file, int row)
            implements FromFile {
    }

    /** The adoption, permanence, OC2 and social worker rows, each of a child the files know. */
    record Further(List<Oc2Row> oc2, List<PlacedRow> placed, List<AdoptedRow> adopted, List<PermanenceRow> permanence,
            List<SocialWorkerRow> socialWorkers) {
    }

    /** A time missing from placement (M) or away without authorisation (A). */
    record MissingRow(String child, String kind, LocalDate start, LocalDate end, String file, int row) implements FromFile {
    }

    /** The stitched history, and what was repaired or could not be loaded. */
    record Stitched(Map<String, ChildRow> children, Map<String, List<EpisodeRow>> episodes, Map<String, LocalDate> uascCeased,
            Set<String> uascChildren, List<MissingRow> missing, List<ReviewRow> reviews, List<Oc3Row> oc3, Further further,
            List<ImportProblem> problems) {
    }

    private final Map<String, ChildRow> children = new TreeMap<>();
    private final Map<String, EpisodeRow> episodes = new LinkedHashMap<>();
    private final Map<String, LocalDate> uascCeased = new HashMap<>();
    private final Map<String, MissingRow> missing = new LinkedHashMap<>();
    private final Map<String, ReviewRow> reviews = new LinkedHashMap<>();
    private final Map<String, Oc3Row> oc3 = new LinkedHashMap<>();
    private final Map<String, Oc2Row> oc2 = new LinkedHashMap<>();
    private final Map<String, PlacedRow> placed = new LinkedHashMap<>();
    private final Map<String, AdoptedRow> adopted = new LinkedHashMap<>();
    private final Map<String, PermanenceRow> permanence = new LinkedHashMap<>();
    private final Map<String, SocialWorkerRow> socialWorkers = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> skipped;

    private Ssda903Stitch(Set<String> skipped) {
        this.skipped = skipped;
    }

    /** {@code skipped}: rows not to read, as "2024-25/episodes.csv:7", or whole files as "2024-25/episodes.csv". */
    static Stitched stitch(Map<CollectionYear, Map<String, String>> years, Set<String> skipped) {
        Ssda903Stitch s = new Ssda903Stitch(skipped);
        new TreeMap<>(years).forEach((year, files) -> files.forEach((name, text) -> s.file(year, name, text)));
        return s.finish();
    }

    private void file(CollectionYear year, String name, String text) {
        String path = year.label() + "/" + name;
        if (skipped.contains(path)) {
            return;
        }
        CsvTable table = CsvTable.parse(name, text);
        Ssda903File layout = Ssda903File.identify(name, table.columns()).orElse(null);
        if (layout == null) {
            return;
        }
        Map<String, Integer> inThisFile = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (skipped.contains(path + ":" + row.number())) {
                continue;
            }
            String child = table.value(row, "CHILD");
            String at = path + " row " + row.number();
            switch (layout) {
                case HEADER -> children.put(child, new ChildRow(child, Ssda903Sex.recorded(table.value(row, "SEX")), date(table, row, "DOB"),
                        table.value(row, "ETHNIC"), table.value(row, "UPN"), at));
                case EPISODES -> episode(year, path, table, row, child, inThisFile);
                case UASC -> uascCeased.put(child, date(table, row, "DUC"));
                case MISSING -> {
                    MissingRow m = new MissingRow(child, table.value(row, "MISSING"), date(table, row, "MIS_START"),
                            date(table, row, "MIS_END"), path, row.number());
                    missing.put(child + "|" + m.kind() + "|" + m.start(), m);
                }
                case REVIEWS -> {
                    ReviewRow r = new ReviewRow(child, date(table, row, "REVIEW"), table.value(row, "REVIEW_CODE"), path, row.number());
                    reviews.put(child + "|" + r.held(), r);
                }
                case OC3 -> oc3.put(child + "|" + year, new Oc3Row(child, year, table.value(row, "IN_TOUCH"), table.value(row, "ACTIV"),
                        table.value(row, "ACCOM"), path, row.number()));
                case OC2 -> oc2.put(child + "|" + year, new Oc2Row(child, year, layout.columns().subList(2, layout.columns().size())
                        .stream().map(c -> table.value(row, c)).toList(), path, row.number()));
                case PLACED_ADOPTION -> {
                    PlacedRow p = new PlacedRow(child, date(table, row, "DATE_PLACED"), date(table, row, "DATE_PLACED_CEASED"),
                            blank(table.value(row, "REASON_PLACED_CEASED")), path, row.number());
                    placed.put(child + "|" + p.decided(), p);
                }
                case AD1 -> adopted.put(child, new AdoptedRow(child, date(table, row, "DATE_INT"), date(table, row, "DATE_MATCH"),
                        blank(table.value(row, "FOSTER_CARE")), blank(table.value(row, "NB_ADOPTR")), blank(table.value(row, "SEX_ADOPTR")),
                        blank(table.value(row, "LS_ADOPTR")), path, row.number()));
                case PREVIOUS_PERMANENCE -> permanence.put(child, new PermanenceRow(child, table.value(row, "PREV_PERM"),
                        blank(table.value(row, "LA_PERM")), blank(table.value(row, "DATE_PERM")), path, row.number()));
                case SOCIAL_WORKERS -> {
                    SocialWorkerRow w = new SocialWorkerRow(child, table.value(row, "SW_ID"), date(table, row, "SW_DECOM"),
                            date(table, row, "SW_DEC"), blank(table.value(row, "SW_REASON")), path, row.number());
                    socialWorkers.put(child + "|" + w.start(), w);
                }
            }
        }
    }

    private void episode(CollectionYear year, String path, CsvTable table, CsvTable.Row row, String child, Map<String, Integer> inThisFile) {
        LocalDate start = date(table, row, "DECOM");
        String key = child + "|" + start;
        Integer earlier = inThisFile.put(key, row.number());
        if (earlier != null) {
            problems.add(new ImportProblem(path, row.number(), "DECOM", table.value(row, "DECOM"), "The child " + child
                    + " has two episodes starting that day in this file (rows " + earlier + " and " + row.number() + "): row "
                    + row.number() + " is kept.", ImportProblem.Severity.REPAIR));
        }
        episodes.put(key, new EpisodeRow(child, start, table.value(row, "RNE"), table.value(row, "LS"), table.value(row, "CIN"),
                table.value(row, "PLACE"), blank(table.value(row, "PLACE_PROVIDER")), date(table, row, "DEC"), blank(table.value(row, "REC")),
                blank(table.value(row, "REASON_PLACE_CHANGE")), blank(table.value(row, "HOME_POST")), blank(table.value(row, "PL_POST")),
                year, path, row.number()));
    }

    private Stitched finish() {
        Map<String, List<EpisodeRow>> byChild = new TreeMap<>();
        for (EpisodeRow e : episodes.values()) {
            if (!children.containsKey(e.child())) {
                problems.add(new ImportProblem(e.file(), e.row(), "CHILD", e.child(), "The child is in no header file, so their episodes "
                        + "cannot be loaded.", ImportProblem.Severity.ERROR));
                continue;
            }
            byChild.computeIfAbsent(e.child(), c -> new ArrayList<>()).add(e);
        }
        byChild.values().forEach(this::closeOverlaps);
        Map<String, LocalDate> uasc = new HashMap<>(uascCeased);
        uasc.keySet().retainAll(byChild.keySet());
        List<MissingRow> missingOfKnown = ofKnown(missing.values(), byChild.keySet(),
                "The child has no episode in the files, so their time missing cannot be loaded.");
        List<ReviewRow> reviewsOfKnown = ofKnown(reviews.values(), byChild.keySet(),
                "The child has no episode in the files, so their review cannot be loaded.");
        List<Oc3Row> oc3OfKnown = ofKnown(oc3.values(), children.keySet(), "The child is in no header file, so their birthday check "
                + "cannot be loaded.");
        String noEpisode = "The child has no episode in the files, so this row cannot be loaded.";
        Further further = new Further(ofKnown(oc2.values(), byChild.keySet(), noEpisode), ofKnown(placed.values(), byChild.keySet(), noEpisode),
                ofKnown(adopted.values(), byChild.keySet(), noEpisode),
                ofKnown(permanence.values(), children.keySet(), "The child is in no header file, so this row cannot be loaded."),
                ofKnown(socialWorkers.values(), children.keySet(), "The child is in no header file, so this row cannot be loaded."));
        return new Stitched(children, byChild, uasc, Set.copyOf(uasc.keySet()), missingOfKnown, reviewsOfKnown, oc3OfKnown, further,
                problems);
    }

    /** The rows about a known child; each of the others is an error on its row, for the reason given. */
    private <R extends FromFile> List<R> ofKnown(java.util.Collection<R> rows, Set<String> known, String reason) {
        List<R> kept = new ArrayList<>();
        for (R r : rows) {
            if (known.contains(r.child())) {
                kept.add(r);
            } else {
                problems.add(new ImportProblem(r.file(), r.row(), "CHILD", r.child(), reason, ImportProblem.Severity.ERROR));
            }
        }
        return kept;
    }

    private void closeOverlaps(List<EpisodeRow> childEpisodes) {
        childEpisodes.sort(Comparator.comparing(EpisodeRow::start));
        for (int i = 0; i + 1 < childEpisodes.size(); i++) {
            EpisodeRow current = childEpisodes.get(i);
            LocalDate next = childEpisodes.get(i + 1).start();
            if (current.end() == null || current.end().isAfter(next)) {
                problems.add(new ImportProblem(current.file(), current.row(), "DEC", current.end() == null ? "" : Ssda903Check.DATE.format(current.end()),
                        "The episode starting " + Ssda903Check.DATE.format(current.start()) + " was " + (current.end() == null ? "still open"
                                : "not yet ended") + " when the next one started on " + Ssda903Check.DATE.format(next) + ": it now ends that "
                                + "day, with reason X1.", ImportProblem.Severity.REPAIR));
                childEpisodes.set(i, current.endedOn(next, "X1"));
            }
        }
    }

    private static LocalDate date(CsvTable table, CsvTable.Row row, String column) {
        String value = table.value(row, column);
        return value.isEmpty() ? null : LocalDate.parse(value, Ssda903Check.DATE);
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
