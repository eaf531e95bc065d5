package org.corporateparenting.application.ssda903;

/**
 * Where a long load of 903 files has got to, for a screen to show: the share of the whole load done (0 to 100) and
 * the step in words. Checking the files is most of the first half, storing the new records most of the second.
 */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (percent, step) -> {
    };

    void reached(int percent, String step);
}
