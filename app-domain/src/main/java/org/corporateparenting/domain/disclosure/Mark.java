package org.corporateparenting.domain.disclosure;

/**
 * How a figure is printed under disclosure control. {@link #SMALL} is a count from 1 to the threshold (printed
 * "&lt;6" with the default threshold of 5), and only such a count is ever printed that way; {@link #CONFIDENTIAL}
 * ("c", the DfE's mark) is a figure withheld so that a small one cannot be worked out from it, or a percentage or
 * rate about so few children. A withheld figure carries no judgement: no status, direction or chart point.
 */
public enum Mark {
    SHOWN, SMALL, CONFIDENTIAL;

    public boolean withheld() {
        return this != SHOWN;
    }

    /** What a withheld figure prints instead of its value; null for a shown one. */
    public String printed(int threshold) {
        return switch (this) {
            case SHOWN -> null;
            case SMALL -> "<" + (threshold + 1);
            case CONFIDENTIAL -> "c";
        };
    }

    /** The key that every output carrying withheld figures prints, explaining both marks. */
    public static String key(int threshold) {
        return "<" + (threshold + 1) + ": a count from 1 to " + threshold + ", withheld to protect the children's privacy. "
                + "c: withheld so that another figure cannot be worked out from it (or a percentage or rate about "
                + threshold + " or fewer children). Withheld figures are not judged against targets.";
    }
}
