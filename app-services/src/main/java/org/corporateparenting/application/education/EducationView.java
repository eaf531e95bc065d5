package org.corporateparenting.application.education;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.education.EducationRecord;

/** A child's education records: dated records, termly attendance, and the last PEP. */
public record EducationView(long childId, List<Item> records, List<Term> attendance, LocalDate lastPep) {

    /** A PEP, suspension, exclusion, EHCP or reduced timetable. */
    public record Item(EducationRecord.Kind kind, LocalDate fromDate, LocalDate toDate, Integer sessions) {
    }

    /** One term's attendance, with the share of sessions missed. */
    public record Term(int academicYear, String term, int sessionsPossible, int sessionsAttended,
            int unauthorisedAbsences, boolean persistentlyAbsent) {
    }
}
