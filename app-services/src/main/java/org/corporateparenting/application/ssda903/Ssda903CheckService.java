package org.corporateparenting.application.ssda903;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * Checks a ZIP of SSDA903 CSV files for a collection year with {@link Ssda903Check} and returns every
 * problem; nothing is stored. Performance analysts and administrators. Files in folders inside the ZIP
 * are read by their own name; files over 50 MB (unpacked) are refused.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903CheckService {

    public List<ImportProblem> check(int startYear, byte[] zip) {
        CollectionYear year = new CollectionYear(startYear);
        if (year.compareTo(CollectionYear.FIRST) < 0) {
            throw RuleViolation.of("year", "Choose a collection year from " + CollectionYear.FIRST + ".");
        }
        return Ssda903Check.check(Ssda903Zip.flat(zip), year);
    }
}
