package org.corporateparenting.domain.indicator;

/** Whether a higher value is better ("Good is High"), worse, or neither (information only). */
public enum Polarity {
    HIGH("High"), LOW("Low"), INFORMATION("Information only");

    private final String words;

    Polarity(String words) {
        this.words = words;
    }

    /** As the packs' "Good is" column reads it. */
    public String words() {
        return words;
    }
}
