package org.corporateparenting.application.ssda903;

import org.corporateparenting.domain.code.CollectionYear;

/**
 * The child's sex as the 903 codes it: 1 (male) and 2 (female) to 2023-24, M, F and U from 2024-25 (the DfE's change, in
 * {@code Ssda903Codes.SEX}). The records keep 1 and 2; a file of either coding is read into them, and U (unknown) is not
 * recordable, so the load reports it.
 */
final class Ssda903Sex {

    /** The first collection year coded M, F and U. */
    static final int LETTERS_FROM = 2024;

    private Ssda903Sex() {
    }

    /** The recorded sex (1 or 2) as the year's return codes it. */
    static String written(String recorded, CollectionYear year) {
        if (year.startYear() < LETTERS_FROM || recorded == null) {
            return recorded == null ? "" : recorded;
        }
        return switch (recorded) {
            case "1" -> "M";
            case "2" -> "F";
            default -> recorded;
        };
    }

    /** A file's code (1, 2, M or F) as the records keep it; any other value as it is. */
    static String recorded(String code) {
        return switch (code) {
            case "M", "m" -> "1";
            case "F", "f" -> "2";
            default -> code;
        };
    }
}
