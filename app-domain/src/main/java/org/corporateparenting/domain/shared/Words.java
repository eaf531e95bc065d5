package org.corporateparenting.domain.shared;

import java.util.Locale;

/**
 * How codes and numbers read in a sentence, in British English: a code name as words (CONNECTED_PERSON reads
 * "Connected person"), an ordinal (21st, not 21th) and a count with its noun (1 place, 2 places).
 */
public final class Words {

    private Words() {
    }

    public static String of(String name) {
        String lower = name.toLowerCase(Locale.UK).replace('_', ' ');
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** English ordinals: 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st, 22nd, 23rd, ..., 111th, 112th. */
    public static String ordinal(int n) {
        int lastTwo = Math.abs(n) % 100;
        int last = Math.abs(n) % 10;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return n + suffix;
    }

    /** A count with its noun, singular for exactly one: "1 place", "0 places", "2 places". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
