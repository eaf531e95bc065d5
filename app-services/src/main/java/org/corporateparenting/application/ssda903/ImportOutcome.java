package org.corporateparenting.application.ssda903;

import java.util.List;
import java.util.Map;

/**
 * What a load of 903 files did: whether anything was stored (nothing is, when a file has errors and the user did not
 * choose to load only the valid rows), how many children, episodes, UASC periods, missing episodes, reviews, care leavers and OC3 checks were created, updated or found
 * already as the files say (a second load of the same files updates nothing), the same for the further records
 * ({@code records}: adoption journeys, previous permanence, OC2 returns, social worker episodes), every problem and
 * repair, how each file's rows ended ({@code files}: read, loaded, repaired, dropped with why, errors), and the load's
 * record ({@code load}, null when nothing was stored) and the milliseconds of each phase of a stored load ({@code millis}:
 * check, stitch, read, merge, store, record).
 */
public record ImportOutcome(boolean stored, int childrenCreated, int childrenUpdated, int childrenUnchanged, int episodesCreated,
        int episodesUpdated, int episodesUnchanged, int uascCreated, int missingCreated, int missingUpdated, int reviewsCreated,
        int reviewsUnchanged, int careLeaversCreated, int checksCreated, int checksUnchanged, Map<String, Count> records,
        List<ImportProblem> problems, List<FileTotal> files, Long load, Map<String, Long> millis) {

    /** How many records of a kind a load created, updated and found already as the files say. */
    public record Count(int created, int updated, int unchanged) {
    }

    static ImportOutcome refused(List<ImportProblem> problems) {
        return new ImportOutcome(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), problems, List.of(), null, Map.of());
    }

    /** The same outcome with each file's totals. */
    ImportOutcome withFiles(List<FileTotal> totals) {
        return new ImportOutcome(stored, childrenCreated, childrenUpdated, childrenUnchanged, episodesCreated, episodesUpdated,
                episodesUnchanged, uascCreated, missingCreated, missingUpdated, reviewsCreated, reviewsUnchanged, careLeaversCreated,
                checksCreated, checksUnchanged, records, problems, List.copyOf(totals), load, millis);
    }

    /** The same outcome naming the load's record ({@code GET /api/ssda903/loads}), which can undo it. */
    ImportOutcome withLoad(Long id, Map<String, Long> phases) {
        return new ImportOutcome(stored, childrenCreated, childrenUpdated, childrenUnchanged, episodesCreated, episodesUpdated,
                episodesUnchanged, uascCreated, missingCreated, missingUpdated, reviewsCreated, reviewsUnchanged, careLeaversCreated,
                checksCreated, checksUnchanged, records, problems, files, id, phases);
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).count();
    }
}
