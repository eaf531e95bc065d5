package org.corporateparenting.domain.episode;

import java.time.LocalDate;

/**
 * An exemption as a person records it with a placement: its basis, why, who agreed it (name and role) and when. Field
 * names (prefixed {@code exemption}) are the ones rule violations name.
 */
public record ExemptionDetails(ExemptionBasis basis, String reason, String agreedBy, String agreedByRole, LocalDate agreedOn) {
}
