package org.corporateparenting.domain.shared;

import java.util.Locale;

/** How a code name reads in a sentence: CONNECTED_PERSON reads "Connected person", PEP_INITIAL "Pep initial". */
public final class Words {

    private Words() {
    }

    public static String of(String name) {
        String lower = name.toLowerCase(Locale.UK).replace('_', ' ');
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
