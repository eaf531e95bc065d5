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
 * The council's SSDA903 return for a collection year, written from its own records by
 * {@link Ssda903Writer}, as a ZIP of CSV files. Performance analysts and administrators only: the files
 * hold every looked-after child's identifiers and dates of birth.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903ExportService {

    private static final Logger LOG = Logger.getLogger(Ssda903ExportService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    public byte[] export(int startYear) {
        CollectionYear year = new CollectionYear(startYear);
        if (year.compareTo(CollectionYear.FIRST) < 0 || year.start().isAfter(LocalDate.now())) {
            throw RuleViolation.of("year", "Choose a collection year from " + CollectionYear.FIRST + " to the current one.");
        }
        long council = users.callerCouncilId();
        Ssda903Records records = CouncilRecords.read(em, council);
        byte[] zip = Ssda903Export.zip(Ssda903Writer.write(records, year));
        LOG.info(() -> "SSDA903 return " + year + " of council " + council + " written (" + zip.length + " bytes)");
        return zip;
    }
}
