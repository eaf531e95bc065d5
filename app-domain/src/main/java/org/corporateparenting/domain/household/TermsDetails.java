package org.corporateparenting.domain.household;

import java.time.LocalDate;

/** Approval terms as a person records them; field names are the ones rule violations name. */
public record TermsDetails(LocalDate effectiveFrom, LegalBasis legalBasis, int places, int ageFrom, int ageTo,
        String reason) {
}
