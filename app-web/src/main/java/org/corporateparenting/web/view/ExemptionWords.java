package org.corporateparenting.web.view;

import org.corporateparenting.domain.episode.ExemptionDetails;
import org.corporateparenting.domain.shared.UkDates;

/** An exemption a placement was made under, as a person reads it: the basis, who agreed it (role), when, and why. */
public final class ExemptionWords {

    private ExemptionWords() {
    }

    public static String of(ExemptionDetails e) {
        return "Placed under an " + e.basis().words() + ", agreed by " + e.agreedBy() + " (" + e.agreedByRole() + ") on "
                + UkDates.format(e.agreedOn()) + ": " + e.reason();
    }
}
