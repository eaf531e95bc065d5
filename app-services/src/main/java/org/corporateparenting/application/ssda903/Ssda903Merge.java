package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.corporateparenting.application.ssda903.Ssda903Stitch.ChildRow;
import org.corporateparenting.application.ssda903.Ssda903Stitch.EpisodeRow;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.ChildDetails;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.corporateparenting.domain.health.MissingEpisode;

/**
 * Brings a council's records up to what a stitched 903 history says, without losing what only the system knows:
 * <ul>
 * <li>a child is found by their reference (CHILD); sex, date of birth, ethnicity, UPN, MOTHER, MC_DOB and home postcode
 * (the latest episode's HOME_POST) come from the files; names, NHS number and everything else recorded here are kept. The 903 has no
 * names, so a child first met in the files is called "Child" and their reference until someone records their name;</li>
 * <li>an episode is found by child and start date; its 903 fields come from the files (its own HOME_POST and URN kept as
 * loaded, to be written back as they were), its foster household is kept.
 * A blank end date only says the episode was open at the end of its file's year, so an end recorded here after that
 * year is kept (a load never reopens an episode the system knows has ended); episodes the files do not mention are
 * kept;</li>
 * <li>a UASC child with no UASC period gets one from their first episode to DUC;</li>
 * <li>a time missing or absent is found by child, kind and start; a return date in the files is recorded on one still
 * open here (the return interview recorded here is kept).</li>
 * </ul>
 * Records already as the files say are left untouched, so loading the same files twice changes nothing.
 */
final class Ssda903Merge {

    private final Council council;
    private final Map<String, Child> children;
    private final Map<String, Episode> episodes;
    private final Set<String> uasc;
    private final Map<String, MissingEpisode> missing;
    private int missingCreated;
    private int missingUpdated;
    private int childrenCreated;
    private int childrenUpdated;
    private int childrenUnchanged;
    private int episodesCreated;
    private int episodesUpdated;
    private int episodesUnchanged;
    private int uascCreated;

    /** {@code episodes}: the council's episodes by child reference and start date ("D000001|2024-05-01"). */
    Ssda903Merge(Council council, Map<String, Child> children, Map<String, Episode> episodes, Set<String> uasc,
            Map<String, MissingEpisode> missing) {
        this.missing = missing;
        this.council = council;
        this.children = children;
        this.episodes = episodes;
        this.uasc = uasc;
    }

    /** Updates the existing records in place and returns the new ones, in an order that can be stored. */
    List<Object> apply(Ssda903Stitch.Stitched stitched) {
        List<Object> created = new ArrayList<>();
        stitched.episodes().forEach((ref, rows) -> {
            Child child = child(stitched.children().get(ref), rows.get(rows.size() - 1).homePostcode(), created);
            for (EpisodeRow row : rows) {
                episode(child, row, created);
            }
            if (stitched.uascChildren().contains(ref) && !uasc.contains(ref)) {
                created.add(new UascPeriod(child, rows.get(0).start(), stitched.uascCeased().get(ref)));
                uascCreated++;
            }
        });
        stitched.missing().forEach(m -> missing(m, created));
        return created;
    }

    ImportOutcome outcome(List<ImportProblem> problems, Ssda903Reviews reviews, Ssda903Oc3 oc3, Map<String, ImportOutcome.Count> further) {
        return new ImportOutcome(true, childrenCreated, childrenUpdated, childrenUnchanged, episodesCreated, episodesUpdated,
                episodesUnchanged, uascCreated, missingCreated, missingUpdated, reviews.created(), reviews.unchanged(), oc3.careLeaversCreated(),
                oc3.created(), oc3.unchanged(), new TreeMap<>(further), List.copyOf(problems), List.of(), null, Map.of());
    }

    private Child child(ChildRow row, String homePostcode, List<Object> created) {
        Child child = children.get(row.ref());
        if (child == null) {
            child = new Child(council, row.ref(), "Child", row.ref(), row.sex(), row.dateOfBirth(), row.ethnicity());
            child.revise(details(child, row, homePostcode));
            child.recordMotherhood(row.mother(), row.mothersChildBornOn());
            children.put(row.ref(), child);
            created.add(child);
            childrenCreated++;
            return child;
        }
        ChildDetails wanted = details(child, row, homePostcode);
        boolean motherhood = Objects.equals(row.mother(), child.getMother()) && Objects.equals(row.mothersChildBornOn(), child.getMothersChildBornOn());
        if (wanted.equals(ChildDetails.of(child)) && motherhood) {
            childrenUnchanged++;
        } else {
            child.revise(wanted);
            child.recordMotherhood(row.mother(), row.mothersChildBornOn());
            childrenUpdated++;
        }
        return child;
    }

    /** {@code missing} is keyed like the stitch's rows: "D000001|M|2024-05-01" ({@link #key}). */
    static String key(MissingEpisode m) {
        return m.getChild().getChildRef() + "|" + (m.getKind() == MissingEpisode.Kind.MISSING ? "M" : "A") + "|" + m.getStartDate();
    }

    private void missing(Ssda903Stitch.MissingRow row, List<Object> created) {
        MissingEpisode existing = missing.get(row.child() + "|" + row.kind() + "|" + row.start());
        if (existing == null) {
            MissingEpisode m = new MissingEpisode(children.get(row.child()), "M".equals(row.kind()) ? MissingEpisode.Kind.MISSING
                    : MissingEpisode.Kind.ABSENT, row.start(), row.end());
            missing.put(key(m), m);
            created.add(m);
            missingCreated++;
        } else if (existing.getEndDate() == null && row.end() != null) {
            existing.recordReturn(row.end(), existing.getInterviewOfferedOn(), existing.getInterviewAccepted());
            missingUpdated++;
        }
    }

    private static ChildDetails details(Child child, ChildRow row, String homePostcode) {
        return new ChildDetails(row.ref(), child.getForename(), child.getSurname(), row.sex(), row.dateOfBirth(), row.ethnicity(),
                row.upn().isEmpty() ? null : row.upn().toUpperCase(Locale.UK),
                homePostcode == null ? child.getHomePostcode() : homePostcode.toUpperCase(Locale.UK), child.getNhsNumber());
    }

    /**
     * The episode's own HOME_POST: none when it is the child's home postcode (the return is written with the child's
     * then), so a council's own return, written with the child's postcode on every episode, loads back unchanged.
     */
    private static String ownHomePostcode(Child child, EpisodeRow row) {
        return row.homePostcode() == null || row.homePostcode().equalsIgnoreCase(String.valueOf(child.getHomePostcode())) ? null
                : row.homePostcode();
    }

    private void episode(Child child, EpisodeRow row, List<Object> created) {
        Episode existing = episodes.get(row.child() + "|" + row.start());
        LocalDate end = row.end();
        String ceased = row.reasonCeased();
        if (existing != null && end == null && existing.getEndDate() != null && existing.getEndDate().isAfter(row.knownTo().end())) {
            end = existing.getEndDate();
            ceased = existing.getReasonCeased();
        }
        EpisodeDetails wanted = new EpisodeDetails(row.start(), end, row.reasonNew(), row.legalStatus(), row.categoryOfNeed(), row.placement(),
                row.provider(), row.placePostcode(), existing == null || existing.getHousehold() == null ? null : existing.getHousehold().getId(),
                ceased, row.reasonPlaceChange());
        if (existing == null) {
            Episode episode = new Episode(child, row.start(), row.reasonNew(), row.legalStatus(), row.categoryOfNeed(), row.placement());
            episode.revise(wanted, null);
            episode.recordAsReturned(ownHomePostcode(child, row), row.urn());
            created.add(episode);
            episodesCreated++;
        } else if (Objects.equals(wanted, EpisodeDetails.of(existing)) && Objects.equals(ownHomePostcode(child, row), existing.getHomePostcode())
                && Objects.equals(row.urn(), existing.getUrn())) {
            episodesUnchanged++;
        } else {
            existing.revise(wanted, existing.getHousehold());
            existing.recordAsReturned(ownHomePostcode(child, row), row.urn());
            episodesUpdated++;
        }
    }
}
