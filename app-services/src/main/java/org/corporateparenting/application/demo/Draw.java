package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random choices for the generator: the same seed always gives the same council. */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int lowest, int highest) {
        return random.nextInt(lowest, highest + 1);
    }

    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks {@code codes[i]} with probability proportional to {@code weights[i]}. */
    String weighted(String[] codes, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < codes.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return codes[i];
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
