package org.corporateparenting.application.ssda903;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * The one check of a 903 return by the DfE's validation rules for its collection year ({@link Ssda903Validation}): of an
 * uploaded ZIP of CSV files (the year's files, with the previous year's in a folder named after it to run the rules
 * comparing the two), or of the return the council's own records give, as the export writes it, with the previous year's
 * from the same records: the check to run before exporting. Uploaded files are checked for the caller's council only,
 * other councils' rows of a regional file set left out as the load leaves them out ({@link CouncilRows}). Nothing is stored. Failures name the child's record number
 * where the council holds the child, so the analyst can open the record that corrects it and check again. Performance
 * analysts and administrators (the report names children); the log carries counts, never children.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903ValidationService {

    private static final Logger LOG = Logger.getLogger(Ssda903ValidationService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    /** Checks uploaded files (a ZIP, within the upload limits of {@link Ssda903Zip}). */
    public ValidationReport checkFiles(int startYear, byte[] zip) {
        CollectionYear year = year(startYear, false);
        long council = users.callerCouncilId();
        String laCode = em.find(org.corporateparenting.domain.council.Council.class, council).getLaCode();
        ValidationReport report = Ssda903Validation.files(year, Ssda903Zip.files(zip), CouncilRecords.ids(em, council), laCode);
        LOG.info(() -> "SSDA903 files checked for council " + council + ": " + report.summary());
        return report;
    }

    /** Checks the return the council's records give for the year. */
    public ValidationReport checkRecords(int startYear) {
        CollectionYear year = year(startYear, true);
        long council = users.callerCouncilId();
        ValidationReport report = Ssda903Validation.records(CouncilRecords.read(em, council), year, CouncilRecords.ids(em, council));
        LOG.info(() -> "SSDA903 return of council " + council + " checked: " + report.summary());
        return report;
    }

    private static CollectionYear year(int startYear, boolean recordsOnly) {
        CollectionYear year = new CollectionYear(startYear);
        if (year.compareTo(CollectionYear.FIRST) < 0 || year.start().isAfter(LocalDate.now().plusYears(1))
                || recordsOnly && year.start().isAfter(LocalDate.now())) {
            throw RuleViolation.of("year", "Choose a collection year from " + CollectionYear.FIRST + " to the current one.");
        }
        return year;
    }
}
