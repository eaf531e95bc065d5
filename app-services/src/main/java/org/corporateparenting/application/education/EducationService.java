package org.corporateparenting.application.education;

import static org.corporateparenting.domain.shared.UkDates.format;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.education.Attendance;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.RecordStore;
import org.corporateparenting.infrastructure.persistence.WellbeingRepository;

/**
 * Personal education plans, suspensions and exclusions (with sessions lost), EHCPs and reduced
 * timetables (from a date, until a date or open), and termly attendance (attended and unauthorised
 * absences within the sessions possible; one record per term). Dates are not in the future nor before
 * the child's second birthday (PEPs apply from age 2). Any practitioner records and reads.
 */
@Stateless
@RolesAllowed(Role.PRACTITIONER)
public class EducationService {

    static final List<String> TERMS = List.of("AUTUMN", "SPRING", "SUMMER");

    @EJB
    private WellbeingRepository repository;

    @EJB
    private ChildService children;

    @EJB
    private RecordStore store;

    /** The child's education records; the read is written to the audit trail. */
    public EducationView educationOf(long childId) {
        Child child = children.childOfCaller(childId);
        store.noteRead(child, childId);
        return view(childId);
    }

    private EducationView view(long childId) {
        List<EducationRecord> records = repository.educationOf(childId);
        return new EducationView(childId,
                records.stream().map(r -> new EducationView.Item(r.getKind(), r.getFromDate(), r.getToDate(),
                        r.getSessions())).toList(),
                repository.attendanceOf(childId).stream().map(a -> new EducationView.Term(a.getAcademicYear(),
                        a.getTerm(), a.getSessionsPossible(), a.getSessionsAttended(), a.getUnauthorisedAbsences(),
                        a.isPersistentlyAbsent())).toList(),
                records.stream().filter(r -> r.getKind() == EducationRecord.Kind.PEP_INITIAL
                        || r.getKind() == EducationRecord.Kind.PEP_REVIEW).map(EducationRecord::getFromDate)
                        .max(LocalDate::compareTo).orElse(null));
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public EducationView record(long childId, EducationRecord.Kind kind, LocalDate from, LocalDate to, Integer sessions) {
        Child child = children.childOfCaller(childId);
        if (kind == null) {
            throw RuleViolation.of("kind", "Choose what is being recorded.");
        }
        LocalDate earliest = child.getDateOfBirth().plusYears(2);
        if (from == null || from.isAfter(LocalDate.now()) || from.isBefore(earliest)) {
            throw RuleViolation.of("fromDate", "Give a date between " + format(earliest) + " and today.");
        }
        boolean hasPeriod = kind == EducationRecord.Kind.EHCP || kind == EducationRecord.Kind.REDUCED_TIMETABLE;
        if (to != null && (!hasPeriod || to.isBefore(from))) {
            throw RuleViolation.of("toDate", hasPeriod ? "The end cannot be before the start." : "Only an EHCP or a reduced timetable has an end date.");
        }
        boolean suspension = kind == EducationRecord.Kind.SUSPENSION || kind == EducationRecord.Kind.PERMANENT_EXCLUSION;
        if (suspension && (sessions == null || sessions < 1)) {
            throw RuleViolation.of("sessions", "Give the number of school sessions lost (at least 1).");
        }
        store.add(new EducationRecord(child, kind, from, to, suspension ? sessions : null), childId);
        return view(childId);
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public EducationView recordAttendance(long childId, int academicYear, String term, int possible, int attended,
            int unauthorised) {
        Child child = children.childOfCaller(childId);
        if (academicYear < child.getDateOfBirth().getYear() + 2 || academicYear > LocalDate.now().getYear()) {
            throw RuleViolation.of("academicYear", "Give the year the academic year starts, such as 2024 for 2024/25.");
        }
        if (term == null || !TERMS.contains(term)) {
            throw RuleViolation.of("term", "Choose one of " + TERMS + ".");
        }
        if (possible < 0 || attended < 0 || attended > possible) {
            throw RuleViolation.of("sessionsAttended", "Sessions attended must be between 0 and the sessions possible.");
        }
        if (unauthorised < 0 || unauthorised > possible - attended) {
            throw RuleViolation.of("unauthorisedAbsences", "Unauthorised absences cannot exceed the sessions missed ("
                    + (possible - attended) + ").");
        }
        if (repository.attendanceOf(childId).stream().anyMatch(a -> a.getAcademicYear() == academicYear
                && a.getTerm().equals(term))) {
            throw RuleViolation.of("term", "Attendance for " + term.toLowerCase() + " " + academicYear + " is already recorded.");
        }
        store.add(new Attendance(child, academicYear, term, possible, attended, unauthorised), childId);
        return view(childId);
    }
}
