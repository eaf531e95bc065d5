package org.corporateparenting.domain.indicator;

/** Whether a higher value is better ("Good is High"), worse, or neither (information only). */
public enum Polarity {
    HIGH, LOW, INFORMATION
}
